package nl.sleutelnet.adapters.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.sleutelnet.application.port.out.DeletionRegister;
import nl.sleutelnet.domain.privacy.DeletionRecord;

/** The deletion register in a list. */
public final class MemoryDeletionRegister implements DeletionRegister {

    private final List<DeletionRecord> records = new ArrayList<>();

    @Override
    public synchronized void append(DeletionRecord record) {
        if (records.stream().anyMatch(r -> r.id().equals(record.id()))) {
            throw new IllegalArgumentException("deletion record " + record.id() + " exists");
        }
        records.add(record);
    }

    @Override
    public synchronized List<DeletionRecord> latest(int limit) {
        List<DeletionRecord> newest = new ArrayList<>();
        for (int i = records.size() - 1; i >= 0 && newest.size() < limit; i--) {
            newest.add(records.get(i));
        }
        newest.sort(Comparator.comparing(DeletionRecord::at).reversed());
        return List.copyOf(newest);
    }
}
