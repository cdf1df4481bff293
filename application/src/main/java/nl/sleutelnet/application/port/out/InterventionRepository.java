package nl.sleutelnet.application.port.out;

import nl.sleutelnet.domain.network.MemberRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionId;
import nl.sleutelnet.domain.intervention.InterventionStatus;
import nl.sleutelnet.domain.intervention.Involvement;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.theme.ThemeCode;

public interface InterventionRepository {

    /**
     * Which interventions to list; every part optional (null or empty).
     *
     * @param statuses     only these statuses; empty: all
     * @param involvement  only those whose current involvement is this level
     * @param neighbourhood only those whose scope holds this buurt
     * @param theme        only those whose scope holds this theme
     * @param owner        only those this account owns
     * @param visibleTo    a professional's limit: null for all, otherwise only those whose scope holds one of its
     *                     buurten, that its account owns, or with a task (open or done) assigned to its account
     */
    record Search(Set<InterventionStatus> statuses, Involvement involvement, NeighbourhoodCode neighbourhood,
            ThemeCode theme, AccountId owner, VisibleTo visibleTo, PageRequest page) {
    }

    /** What a professional may see: interventions in their buurten, their own, or with a task for them. */
    record VisibleTo(Set<NeighbourhoodCode> buurten, AccountId account) {

        public VisibleTo {
            buurten = Set.copyOf(buurten);
            java.util.Objects.requireNonNull(account, "account");
        }

        public boolean sees(Intervention intervention) {
            return intervention.owner().equals(account)
                    || intervention.scope().buurten().stream().anyMatch(buurten::contains)
                    || intervention.tasks().stream().anyMatch(t -> t.assignee().equals(account));
        }
    }

    Optional<Intervention> findById(InterventionId id);

    /** A page of the interventions that match, most recently planned first, then by id. */
    Page<Intervention> search(Search search);

    /** The interventions that list this signal, most recently planned first (normally one). */
    List<Intervention> findBySignal(SignalId signal);

    /**
     * Stores a new intervention (version 0) or a changed one, checking the version as {@link ThemeRepository#save}
     * does: a stale version is refused with a {@link nl.sleutelnet.domain.shared.StaleVersionException}.
     *
     * @return the intervention as stored, with its new version
     */
    Intervention save(Intervention intervention);

    /**
     * The interventions this member takes part in, was present for in the capacity assessment, or is the subject of a
     * timeline entry of.
     */
    List<Intervention> findInvolving(MemberRef member);
}
