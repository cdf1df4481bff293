package nl.sleutelnet.application.port.in.intervention;

import java.util.List;
import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;

/**
 * The key persons and partners the network has in an intervention's scope now (coordinator): what the capacity
 * assessment will record, for the form before it is made. Active key persons with a buurt in the scope, active
 * partners serving one; key persons first, then by name.
 */
public interface ShowNetworkInScopeUseCase {

    List<PresentMember> networkInScope(Actor actor, UUID interventionId);
}
