package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** Terugtrekken (coordinator), guarded by the scope's computed temperature or a recorded justification; a refusal shows the current temperature and what is missing. */
public interface WithdrawUseCase {

    Intervention withdraw(Actor actor, WithdrawCommand command);
}
