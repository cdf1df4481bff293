package nl.sleutelnet.adapters.persistence.memory;

import nl.sleutelnet.application.port.out.AuditRetention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.sleutelnet.application.port.out.AuditLog;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.AuditFilter;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;

/** The audit log in a list: entries are added at the end and never touched again. */
public final class MemoryAuditLog implements AuditLog, AuditRetention {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry entry) {
        if (entries.stream().anyMatch(e -> e.id().equals(entry.id()))) {
            throw DomainException.conflict("audit.entry.duplicate", "Audit entry %s is already in the log.",
                    entry.id());
        }
        entries.add(entry);
    }

    @Override
    public synchronized Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
        return Page.of(selected(filter), page);
    }

    @Override
    public synchronized List<AuditEntry> export(AuditFilter filter, int limit) {
        return selected(filter).stream().limit(limit).toList();
    }

    /** Newest first; of the same moment the later appended first. */
    private List<AuditEntry> selected(AuditFilter filter) {
        List<AuditEntry> matching = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (filter.matches(entries.get(i))) {
                matching.add(entries.get(i));
            }
        }
        matching.sort(Comparator.comparing(AuditEntry::at).reversed());
        return matching;
    }

    /** The retention term's deletion; in memory there is no database floor. */
    @Override
    public synchronized int deleteEntriesUntil(java.time.Instant cutoff) {
        int before = entries.size();
        entries.removeIf(e -> !e.at().isAfter(cutoff));
        return before - entries.size();
    }
}
