package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.Predicate;

/**
 * How the analysis reads the network. A tie that nobody has refreshed for {@code fadeAfter} no longer counts: a
 * contact from long ago is not a line the coordinator can rely on when something happens in a buurt.
 *
 * <p>Exact betweenness takes time in proportion to members × ties. Up to {@code exactBetweennessUpTo} active members
 * it is exact; in a larger network it is estimated from {@code betweennessPivots} members drawn at random (with a
 * fixed seed, so the same network gives the same figures), and the analysis says so. The error of that estimate is
 * measured in {@code docs/network-analysis.md}.
 *
 * @param fadeAfter            how long a tie lasts after its last contact
 * @param exactBetweennessUpTo the largest number of active members for which betweenness is computed exactly
 * @param betweennessPivots    how many sources the estimate uses above that size
 */
public record AnalysisSettings(Period fadeAfter, int exactBetweennessUpTo, int betweennessPivots) {

    private static final Period DEFAULT_FADE_AFTER = Period.ofDays(180);
    /** Exact up to here: 0.6 s of CPU for 2,500 members with 10 ties each (docs/performance.md). */
    public static final int DEFAULT_EXACT_BETWEENNESS_UP_TO = 2_500;
    /** The estimate's sources: see docs/network-analysis.md for the error this gives. */
    public static final int DEFAULT_BETWEENNESS_PIVOTS = 1_000;

    public AnalysisSettings {
        checkNotNull(fadeAfter, "fadeAfter");
        checkArgument(!fadeAfter.isNegative(), "a tie cannot fade before its last contact");
        checkArgument(exactBetweennessUpTo >= 0, "exactBetweennessUpTo is a number of members, 0 or more");
        checkArgument(betweennessPivots >= 1, "betweennessPivots is at least 1");
    }

    /** Ties fade after {@code fadeAfter}; betweenness as by default. */
    public AnalysisSettings(Period fadeAfter) {
        this(fadeAfter, DEFAULT_EXACT_BETWEENNESS_UP_TO, DEFAULT_BETWEENNESS_PIVOTS);
    }

    /** Ties fade after 180 days without contact; betweenness exact up to 2,500 active members. */
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

    /**
     * {@link #hasFaded} for one day and many ties. A fade period in days only (the setting is in days) is turned into
     * the first day of contact that still counts, computed once: {@code c + d < asOf} exactly when
     * {@code c < asOf - d}.
     * A period with months or years is checked tie by tie, since adding a month clips at the end of a month.
     */
    Predicate<NetworkTie> fadedOn(LocalDate asOf) {
        checkNotNull(asOf, "asOf");
        if (fadeAfter.getYears() != 0 || fadeAfter.getMonths() != 0) {
            return tie -> hasFaded(tie, asOf);
        }
        LocalDate firstCounting = asOf.minusDays(fadeAfter.getDays());
        return tie -> tie.lastContact() == null || tie.lastContact().isBefore(firstCounting);
    }
}
