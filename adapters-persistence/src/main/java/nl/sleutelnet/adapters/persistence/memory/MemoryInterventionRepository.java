package nl.sleutelnet.adapters.persistence.memory;

import nl.sleutelnet.domain.network.MemberRef;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.sleutelnet.application.port.out.InterventionRepository;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionId;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.signal.SignalId;

public final class MemoryInterventionRepository implements InterventionRepository {

    /**
     * Most recently planned first, then id: the order of every list of interventions, in both adapters. Ids compare as
     * text, which is the order PostgreSQL and H2 give uuids (unsigned); {@code UUID.compareTo} is signed.
     */
    static final Comparator<Intervention> NEWEST_FIRST = Comparator.comparing(Intervention::plannedAt).reversed()
            .thenComparing(i -> i.id().value().toString());

    private final VersionedMap<InterventionId, Intervention> interventions = new VersionedMap<>("Intervention",
            Intervention::id, Intervention::version, (i, v) -> {
                Intervention.Snapshot x = i.snapshot();
                return Intervention.reconstitute(new Intervention.Snapshot(x.id(), x.description(), x.scope(),
                        x.signals(), x.owner(), x.participants(), x.tasks(), x.capacity(), x.dynamics(),
                        x.exitCriteria(), x.involvement(), x.status(), x.evaluation(), x.timeline(), v));
            });

    @Override
    public Optional<Intervention> findById(InterventionId id) {
        return interventions.get(id);
    }

    @Override
    public Page<Intervention> search(Search search) {
        return Page.of(interventions.values().stream().filter(matches(search)).sorted(NEWEST_FIRST).toList(),
                search.page());
    }

    private static Predicate<Intervention> matches(Search q) {
        return i -> (q.statuses() == null || q.statuses().isEmpty() || q.statuses().contains(i.status()))
                && (q.involvement() == null || i.involvement() == q.involvement())
                && (q.neighbourhood() == null || i.scope().buurten().contains(q.neighbourhood()))
                && (q.theme() == null || i.scope().themes().contains(q.theme()))
                && (q.owner() == null || i.owner().equals(q.owner()))
                && (q.visibleTo() == null || q.visibleTo().sees(i));
    }

    @Override
    public List<Intervention> findBySignal(SignalId signal) {
        return interventions.values().stream().filter(i -> i.signals().contains(signal)).sorted(NEWEST_FIRST)
                .toList();
    }

    @Override
    public Intervention save(Intervention intervention) {
        return interventions.save(intervention, others -> {
        });
    }

    @Override
    public List<Intervention> findInvolving(MemberRef member) {
        return interventions.values().stream().filter(i -> i.involves(member)).sorted(NEWEST_FIRST).toList();
    }
}
