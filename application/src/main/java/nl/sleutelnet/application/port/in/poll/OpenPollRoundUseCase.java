package nl.sleutelnet.application.port.in.poll;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.poll.PollRound;

/**
 * The coordinator opens a round for buurten, themes and a period. When its open time has come (now, or at once after
 * an incident) every active key person of those buurten who consented to polls is invited by mail with a personal
 * link; key persons who cannot be mailed are listed on the round. A later open time leaves the round scheduled until
 * the housekeeping opens it.
 */
public interface OpenPollRoundUseCase {

    PollRound openPollRound(Actor actor, OpenPollRoundCommand command);
}
