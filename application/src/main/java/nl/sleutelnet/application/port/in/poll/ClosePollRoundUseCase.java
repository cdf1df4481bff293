package nl.sleutelnet.application.port.in.poll;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.poll.PollRound;

/**
 * The coordinator closes a round before its time: its links stop working at once. A recurring round plans its next
 * round, unless the series is ended.
 */
public interface ClosePollRoundUseCase {

    PollRound closePollRound(Actor actor, ClosePollRoundCommand command);
}
