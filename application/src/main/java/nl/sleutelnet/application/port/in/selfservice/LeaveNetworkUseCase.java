package nl.sleutelnet.application.port.in.selfservice;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;

/**
 * "Leave and be forgotten": the key person leaves at once (consent withdrawn when that is the basis; departed) and an
 * erasure request lands with the coordinator. The erasure itself is {@code EraseKeyPersonUseCase}'s work.
 */
public interface LeaveNetworkUseCase {

    KeyPerson leaveNetwork(Actor actor, UUID keyPersonId);
}
