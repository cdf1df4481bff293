package nl.sleutelnet.domain.poll;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * A key person's answer: "how is the mood?" per theme, from 1 (very tense) to 10 (very calm), and an optional remark
 * free of personal identifiers. A theme the key person cannot judge is left out; at least one is rated.
 */
public record PollAnswer(Map<ThemeCode, Integer> ratings, String remark, Instant answeredAt) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 10;

    public PollAnswer {
        checkNotNull(ratings, "ratings");
        Invariants.require(!ratings.isEmpty(), "poll.ratings.empty",
                "Rate the mood for at least one theme (1 = very tense, 10 = very calm).");
        ratings.forEach((theme, rating) -> Invariants.require(rating != null && rating >= LOWEST && rating <= HIGHEST,
                "poll.rating.invalid", "A rating is a whole number from %d (very tense) to %d (very calm); %s got %s.",
                LOWEST, HIGHEST, theme, rating));
        ratings = ImmutableSortedMap.copyOf(ratings, Comparator.comparing(ThemeCode::value));
        remark = PollText.remark(remark);
        answeredAt = Timestamps.stored(checkNotNull(answeredAt, "answeredAt"));
    }
}
