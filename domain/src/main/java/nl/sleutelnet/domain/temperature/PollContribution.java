package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.UUID;

/**
 * What one poll answer adds: its share of the poll part. The poll part is {@code pollWeight} times the decay-weighted
 * mean tension of the answers that count; this answer's share is its decay divided by the sum of the decays, so
 * {@code points = pollWeight × share × tension}, and the answers' points add up to the poll part.
 *
 * <p>The respondent is not shown: the figure is about a buurt, and the answer id is enough for someone entitled to
 * look further.
 *
 * @param rating  1 (very tense) to 10 (very calm)
 * @param ageDays days from the answer to the moment asked, with the fraction
 * @param decay   {@code 0.5^(ageDays / halfLifeDays)}: the answer's weight before normalising
 * @param share   this answer's part of the weights, 0 to 1; the shares of the answers that count add up to 1
 */
public record PollContribution(UUID answerId, int rating, Instant answeredAt, double ageDays, double decay,
        double share, double pollWeight) implements Contribution {

    private static final double MAX_TENSION = 5;

    public PollContribution {
        checkNotNull(answerId, "answerId");
        checkArgument(rating >= 1 && rating <= 10, "a rating is 1 to 10: %s", rating);
        checkNotNull(answeredAt, "answeredAt");
        checkArgument(ageDays >= 0, "ageDays not negative: %s", ageDays);
        checkArgument(decay >= 0 && decay <= 1, "decay 0 to 1: %s", decay);
        checkArgument(share >= 0 && share <= 1, "share 0 to 1: %s", share);
        checkArgument(pollWeight >= 0, "pollWeight not negative: %s", pollWeight);
    }

    /** {@code (10 - rating) / 9 × 5}: 0 for a 10, 5 for a 1, on the scale of a signal's intensity. */
    public double tension() {
        return tensionOf(rating);
    }

    /** {@code pollWeight × share × tension}. */
    @Override
    public double points() {
        return pollWeight * share * tension();
    }

    /** A rating turned around and scaled to a signal's intensity: 10 (very calm) is 0, 1 (very tense) is 5. */
    public static double tensionOf(int rating) {
        checkArgument(rating >= 1 && rating <= 10, "a rating is 1 to 10: %s", rating);
        return (10 - rating) / 9.0 * MAX_TENSION;
    }

    @Override
    public Kind kind() {
        return Kind.POLL;
    }

    @Override
    public UUID evidenceId() {
        return answerId;
    }
}
