package nl.sleutelnet.application.port.in.poll;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.poll.PollAnswer;
import nl.sleutelnet.domain.poll.PollText;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * A key person's answer through their personal link.
 *
 * @param ratings per theme code a rating from 1 (very tense) to 10 (very calm); a theme left out is "don't know"
 * @param remark  optional; refused when it holds personal identifiers (e-mail, phone, BSN, postcode + number)
 */
public record AnswerPollCommand(String token, Map<String, Integer> ratings, String remark) {

    public AnswerPollCommand(String token, Map<String, Integer> ratings, String remark) {
        this.token = token == null ? "" : token;
        Map<String, Integer> given = new LinkedHashMap<>();
        if (ratings != null) {
            ratings.forEach((theme, rating) -> {
                if (theme != null && rating != null) {
                    given.put(theme.strip(), rating);
                }
            });
        }
        this.ratings = Map.copyOf(given);
        this.remark = remark;
        SelfValidating.validate(this, checks -> {
            checks.field("ratings", () -> Invariants.require(!given.isEmpty(), "poll.ratings.empty",
                    "Rate the mood for at least one theme (1 = very tense, 10 = very calm)."));
            given.forEach((theme, rating) -> checks.field("ratings." + theme, () -> {
                ThemeCode.of(theme);
                Invariants.require(rating >= PollAnswer.LOWEST && rating <= PollAnswer.HIGHEST,
                        "poll.rating.invalid", "A rating is a whole number from %d (very tense) to %d (very calm).",
                        PollAnswer.LOWEST, PollAnswer.HIGHEST);
            }));
            checks.field("remark", () -> PollText.remark(remark));
        });
    }

    public Map<ThemeCode, Integer> themeRatings() {
        Map<ThemeCode, Integer> parsed = new LinkedHashMap<>();
        ratings.forEach((theme, rating) -> parsed.put(ThemeCode.of(theme), rating));
        return parsed;
    }
}
