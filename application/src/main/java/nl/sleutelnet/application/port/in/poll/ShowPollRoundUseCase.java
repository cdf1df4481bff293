package nl.sleutelnet.application.port.in.poll;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;

/**
 * One round with its response rates per buurt and its ratings per buurt and theme; a professional sees the figures of
 * their own buurten, an analyst figures only, the coordinator everything (see {@link PollRoundReport}).
 */
public interface ShowPollRoundUseCase {

    PollRoundReport showPollRound(Actor actor, UUID roundId);
}
