package nl.sleutelnet.application.port.in.selfservice;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.selfservice.DataSubjectRequest;

/**
 * The key person asks, in their own words, to correct data they cannot change themselves (buurten, themes, reach,
 * notes, the legal basis). The request lands on the coordinator's list of open requests.
 */
public interface SubmitCorrectionRequestUseCase {

    DataSubjectRequest submitCorrectionRequest(Actor actor, UUID keyPersonId, String text);
}
