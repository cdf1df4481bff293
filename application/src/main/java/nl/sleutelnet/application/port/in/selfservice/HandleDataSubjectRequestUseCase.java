package nl.sleutelnet.application.port.in.selfservice;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.selfservice.DataSubjectRequest;

/** The coordinator marks a key person's request handled ("afgehandeld") once it was dealt with. */
public interface HandleDataSubjectRequestUseCase {

    DataSubjectRequest markRequestHandled(Actor actor, UUID requestId);
}
