package nl.sleutelnet.adapters.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.sleutelnet.adapters.persistence.shared.NetworkConflicts;
import nl.sleutelnet.application.port.out.TieRepository;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.network.TieId;

public final class MemoryTieRepository implements TieRepository {

    private static final Comparator<Tie> ORDER = Comparator.comparing(Tie::a).thenComparing(Tie::b);

    private final VersionedMap<TieId, Tie> ties = new VersionedMap<>("Tie", Tie::id, Tie::version, (t, v) -> {
        Tie.Snapshot s = t.snapshot();
        return Tie.reconstitute(new Tie.Snapshot(s.id(), s.a(), s.b(), s.kind(), s.strength(), s.since(),
                s.lastContact(), v));
    });

    @Override
    public Optional<Tie> findById(TieId id) {
        return ties.get(id);
    }

    @Override
    public List<Tie> findAll() {
        return ties.values().stream().sorted(ORDER).toList();
    }

    @Override
    public List<Tie> findByMember(MemberRef member) {
        return ties.values().stream().filter(t -> t.joins(member)).sorted(ORDER).toList();
    }

    @Override
    public Tie save(Tie tie) {
        return ties.save(tie, others -> {
            if (others.stream().anyMatch(o -> o.a().equals(tie.a()) && o.b().equals(tie.b()))) {
                throw NetworkConflicts.alreadyTied(tie.a(), tie.b());
            }
        });
    }

    @Override
    public void delete(TieId id, long expectedVersion) {
        ties.remove(id, expectedVersion);
    }
}
