package nl.sleutelnet.application.port.in.intervention;

import java.util.Set;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberRef;

/**
 * A member of the network present in an intervention's scope, as the network says now: an active key person with a
 * buurt in the scope, or an active partner serving one.
 *
 * @param buurten the member's buurten that lie in the scope
 */
public record PresentMember(MemberRef member, String name, Set<NeighbourhoodCode> buurten) {
}
