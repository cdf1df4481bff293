package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.UUID;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * One key person's answer in a temperature poll for one buurt × theme: "how is the mood?" from 1 (very tense) to 10
 * (very calm).
 *
 * @param answerId   the answer, so that an explanation can point at it
 * @param respondent who answered (pseudonymous within the model: only used to count independent sources)
 */
public record PollEvidence(UUID answerId, UUID respondent, NeighbourhoodCode buurt, ThemeCode theme, int rating,
        Instant answeredAt) {

    public PollEvidence {
        checkNotNull(answerId, "answerId");
        checkNotNull(respondent, "respondent");
        checkNotNull(buurt, "buurt");
        checkNotNull(theme, "theme");
        checkArgument(rating >= 1 && rating <= 10, "a rating is 1 to 10");
        checkNotNull(answeredAt, "answeredAt");
    }
}
