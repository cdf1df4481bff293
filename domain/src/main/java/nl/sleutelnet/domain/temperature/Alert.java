package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * A waarschuwing for the coordinator: the temperature of a buurt × theme went up a level ({@link UpwardCrossing}).
 * It records what was crossed and when, nothing about the signals or answers behind it (the explanation shows those
 * to whoever may see them), and whether a coordinator has seen it. An alert is a question to go and look, not a
 * conclusion; acknowledging it says "seen", not "solved".
 *
 * @param from  the level before the change that raised the alert
 * @param to    the level after it: always higher than {@code from}
 * @param score the score after the change
 * @param at    when the change happened
 */
public record Alert(AlertId id, NeighbourhoodCode buurt, ThemeCode theme, Level from, Level to, double score,
        Instant at, Instant acknowledgedAt, AccountId acknowledgedBy, long version) {

    public Alert {
        checkNotNull(id, "id");
        checkNotNull(buurt, "buurt");
        checkNotNull(theme, "theme");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        Invariants.require(to.isAbove(from), "alert.level.not-up", "An alert is raised when the level goes up; "
                + "%s to %s does not.", from, to);
        Invariants.require(Double.isFinite(score) && score >= 0, "alert.score.invalid",
                "A score is a number of 0 or more: %s.", score);
        at = Timestamps.stored(checkNotNull(at, "at"));
        Invariants.require((acknowledgedAt == null) == (acknowledgedBy == null), "alert.acknowledged.incomplete",
                "An acknowledged alert records both when and by whom.");
        acknowledgedAt = acknowledgedAt == null ? null : Timestamps.stored(acknowledgedAt);
        Invariants.require(version >= 0, "alert.version.invalid", "A version cannot be negative.");
    }

    /** A new, unseen alert (version 0: not stored yet). */
    public static Alert raise(AlertId id, NeighbourhoodCode buurt, ThemeCode theme, Level from, Level to, double score,
            Instant at) {
        return new Alert(id, buurt, theme, from, to, score, at, null, null, 0);
    }

    /** A coordinator has seen it. Seeing it twice is refused, so the first one who looked stays on record. */
    public Alert acknowledge(AccountId by, Instant when) {
        checkNotNull(by, "by");
        checkNotNull(when, "when");
        if (acknowledgedAt != null) {
            throw DomainException.conflict("alert.already-acknowledged",
                    "This alert was already marked as seen on %s; nothing changed.", acknowledgedAt);
        }
        return new Alert(id, buurt, theme, from, to, score, at, when, by, version);
    }

    /** The same alert with another stored version: for storage adapters. */
    public Alert withVersion(long newVersion) {
        return new Alert(id, buurt, theme, from, to, score, at, acknowledgedAt, acknowledgedBy, newVersion);
    }

    /** Not yet seen by a coordinator. */
    public boolean isOpen() {
        return acknowledgedAt == null;
    }

    public Optional<Instant> acknowledged() {
        return Optional.ofNullable(acknowledgedAt);
    }

    @Override
    public String toString() {
        return "Alert[" + buurt + " × " + theme + " " + from + "→" + to + (isOpen() ? " open" : " seen") + " v"
                + version + "]";
    }
}
