package nl.sleutelnet.application.service;

import nl.sleutelnet.application.port.out.InterventionRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.signal.Signal;

/**
 * Who sees which intervention and signal. The coordinator sees every intervention; a professional those whose scope
 * touches one of their buurten, that they own, or with a task assigned to them. Nobody else sees any. Signals as the
 * signal service has it: the coordinator all, a professional those of their buurten, assigned to them or reported by
 * them.
 */
final class InterventionAccess {

    private InterventionAccess() {
    }

    /** The limit of the board for this actor: null when the actor sees all. */
    static InterventionRepository.VisibleTo limitOf(Actor actor) {
        return actor.hasRole(Role.COORDINATOR) ? null
                : new InterventionRepository.VisibleTo(actor.neighbourhoods(), actor.accountId());
    }

    static boolean sees(Actor actor, Intervention intervention) {
        if (actor.hasRole(Role.COORDINATOR)) {
            return true;
        }
        return actor.hasRole(Role.PROFESSIONAL) && limitOf(actor).sees(intervention);
    }

    static boolean sees(Actor actor, Signal signal) {
        return actor.hasRole(Role.COORDINATOR) || signal.assignee().equals(actor.accountId())
                || signal.content().neighbourhoods().stream().anyMatch(actor.neighbourhoods()::contains)
                || signal.content().reporter().id() != null
                        && signal.content().reporter().id().equals(actor.accountId().value());
    }
}
