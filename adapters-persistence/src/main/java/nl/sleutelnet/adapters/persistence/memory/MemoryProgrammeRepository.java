package nl.sleutelnet.adapters.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.sleutelnet.application.port.out.ProgrammeRepository;
import nl.sleutelnet.domain.programme.Programme;
import nl.sleutelnet.domain.programme.ProgrammeId;

public final class MemoryProgrammeRepository implements ProgrammeRepository {

    private final VersionedMap<ProgrammeId, Programme> programmes = new VersionedMap<>("Programme", Programme::id,
            Programme::version, Programme::withVersion);

    @Override
    public Optional<Programme> findById(ProgrammeId id) {
        return programmes.get(id);
    }

    @Override
    public List<Programme> findAll() {
        return programmes.values().stream().sorted(Comparator.comparing(Programme::name)
                .thenComparing(p -> p.id().value().toString())).toList();
    }

    @Override
    public Programme save(Programme programme) {
        return programmes.save(programme, others -> {
        });
    }
}
