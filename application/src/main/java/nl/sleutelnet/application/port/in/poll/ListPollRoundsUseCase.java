package nl.sleutelnet.application.port.in.poll;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.shared.Page;

/**
 * The poll rounds, the latest opening first, with their response: the coordinator and analysts see every round, a
 * professional the rounds about their own buurten.
 */
public interface ListPollRoundsUseCase {

    Page<PollRoundSummary> listPollRounds(Actor actor, PollRoundQuery query);
}
