package nl.sleutelnet.application.port.in.network;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Tie;

/** The ties of one member, or all ties when {@code member} is null. */
public interface ListTiesUseCase {

    List<Tie> listTies(Actor actor, MemberRef member);
}
