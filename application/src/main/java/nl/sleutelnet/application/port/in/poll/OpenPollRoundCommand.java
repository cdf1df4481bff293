package nl.sleutelnet.application.port.in.poll;

import jakarta.validation.constraints.NotEmpty;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.poll.PollText;
import nl.sleutelnet.domain.poll.Recurrence;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * A new poll round.
 *
 * @param opensAt    when the invitations go out; empty or past: now (for example right after an incident)
 * @param closesAt   when answering ends and the links expire; empty: the default period after opening
 * @param recurrence NONE (default), WEEKLY or MONTHLY
 * @param occasion   why the round is held, e.g. "na incident"; optional, no personal identifiers
 */
public record OpenPollRoundCommand(@NotEmpty List<String> neighbourhoods, @NotEmpty List<String> themes,
        Instant opensAt, Instant closesAt, String recurrence, String occasion) {

    public OpenPollRoundCommand(List<String> neighbourhoods, List<String> themes, Instant opensAt, Instant closesAt,
            String recurrence, String occasion) {
        this.neighbourhoods = clean(neighbourhoods);
        this.themes = clean(themes);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.recurrence = recurrence == null || recurrence.isBlank() ? null : recurrence.strip();
        this.occasion = occasion;
        SelfValidating.validate(this, checks -> checks
                .each("neighbourhoods", this.neighbourhoods, NeighbourhoodCode::of)
                .each("themes", this.themes, ThemeCode::of)
                .field("recurrence", this::parsedRecurrence)
                .field("occasion", () -> PollText.occasion(occasion)));
    }

    public Set<NeighbourhoodCode> neighbourhoodCodes() {
        Set<NeighbourhoodCode> codes = new TreeSet<>();
        neighbourhoods.forEach(n -> codes.add(NeighbourhoodCode.of(n)));
        return codes;
    }

    public List<ThemeCode> themeCodes() {
        Set<ThemeCode> codes = new LinkedHashSet<>();
        themes.forEach(t -> codes.add(ThemeCode.of(t)));
        return List.copyOf(codes);
    }

    public Recurrence parsedRecurrence() {
        if (recurrence == null) {
            return Recurrence.NONE;
        }
        for (Recurrence r : Recurrence.values()) {
            if (r.name().equals(recurrence.toUpperCase(Locale.ROOT))) {
                return r;
            }
        }
        throw DomainException.invalid("poll.recurrence.unknown", "'%s' is not a recurrence; choose NONE, WEEKLY or "
                + "MONTHLY.", recurrence);
    }

    static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
    }
}
