package nl.sleutelnet.application.port.in.selfservice;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;

/**
 * From "Mijn Sleutelnet" to an open poll: a fresh personal poll link for the key person's own unanswered invitation
 * of an open round (the link in the earlier mail stops working, as after a reminder). The web adapter sends the key
 * person straight to it.
 */
public interface OpenOwnPollUseCase {

    /** The secret of the fresh poll link: never logged or stored. */
    record PollLinkSecret(String secret) {
        @Override
        public String toString() {
            return "PollLinkSecret[***]";
        }
    }

    PollLinkSecret openOwnPoll(Actor actor, UUID keyPersonId, UUID roundId);
}
