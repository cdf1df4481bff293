package nl.sleutelnet.application.port.in.poll;

import nl.sleutelnet.domain.poll.PollResults;
import nl.sleutelnet.domain.poll.PollRound;

/** A round in a list, with how many were invited and answered. */
public record PollRoundSummary(PollRound round, PollResults.Response response) {
}
