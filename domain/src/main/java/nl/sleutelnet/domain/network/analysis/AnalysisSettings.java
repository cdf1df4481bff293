package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Period;

/**
 * How the analysis reads the network. A tie that nobody has refreshed for {@code fadeAfter} no longer counts: a
 * contact from long ago is not a line the coordinator can rely on when something happens in a buurt.
 *
 * @param fadeAfter how long a tie lasts after its last contact
 */
public record AnalysisSettings(Period fadeAfter) {

    private static final Period DEFAULT_FADE_AFTER = Period.ofDays(180);

    public AnalysisSettings {
        checkNotNull(fadeAfter, "fadeAfter");
        checkArgument(!fadeAfter.isNegative(), "a tie cannot fade before its last contact");
    }

    /** Ties fade after 180 days without contact. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(DEFAULT_FADE_AFTER);
    }

    /**
     * A tie has faded on {@code asOf} when its last contact is unknown or lies more than {@code fadeAfter} before
     * that day; on the last day of the period it still counts.
     */
    public boolean hasFaded(NetworkTie tie, LocalDate asOf) {
        return tie.lastContact() == null || tie.lastContact().plus(fadeAfter).isBefore(asOf);
    }
}
