package nl.sleutelnet.application.port.in.selfservice;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;

/** The coordinator's list of open correction and erasure requests from key persons, oldest first. */
public interface ListDataSubjectRequestsUseCase {

    List<OpenRequest> listOpenRequests(Actor actor);
}
