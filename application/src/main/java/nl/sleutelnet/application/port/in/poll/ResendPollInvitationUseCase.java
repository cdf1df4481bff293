package nl.sleutelnet.application.port.in.poll;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;

/**
 * The coordinator sends a key person's invitation again with a fresh link, while the round is open: after a failed
 * mail, or for a key person listed as not invited once they have an e-mail address. Earlier links stop working.
 */
public interface ResendPollInvitationUseCase {

    PollRoundReport.InvitationLine resendInvitation(Actor actor, UUID roundId, UUID keyPersonId);
}
