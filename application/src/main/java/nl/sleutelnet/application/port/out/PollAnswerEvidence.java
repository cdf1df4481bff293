package nl.sleutelnet.application.port.out;

import java.time.Instant;
import java.util.List;
import nl.sleutelnet.domain.temperature.PollEvidence;

/**
 * The poll answers the temperature reads: one piece of evidence per answer × buurt × theme, answered at or after
 * {@code from}. Work grows with this window, not with all history. The poll repository provides it.
 */
public interface PollAnswerEvidence {

    List<PollEvidence> answeredSince(Instant from);
}
