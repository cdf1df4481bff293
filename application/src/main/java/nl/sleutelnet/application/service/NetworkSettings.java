package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Period;
import java.time.ZoneId;
import nl.sleutelnet.domain.network.analysis.AnalysisSettings;

/**
 * Settings of the network analysis.
 *
 * @param tieFadesAfter  a tie without contact for longer no longer counts in the analysis
 * @param staleAfterDays an active key person without contact for longer is listed as stale
 * @param zone           the time zone whose calendar days count (Europe/Amsterdam)
 * @param exactBetweennessUpTo above this many active members betweenness is estimated (see {@link AnalysisSettings})
 * @param betweennessPivots    the number of sources of that estimate
 */
public record NetworkSettings(Period tieFadesAfter, int staleAfterDays, ZoneId zone, int exactBetweennessUpTo,
        int betweennessPivots) {

    public NetworkSettings {
        checkNotNull(tieFadesAfter, "tieFadesAfter");
        checkArgument(staleAfterDays > 0, "staleAfterDays must be positive");
        checkNotNull(zone, "zone");
        checkArgument(exactBetweennessUpTo >= 0, "exactBetweennessUpTo must be 0 or more");
        checkArgument(betweennessPivots >= 1, "betweennessPivots must be positive");
    }

    /** With betweenness as by default: exact up to 2,500 active members, estimated from 1,000 sources above. */
    public NetworkSettings(Period tieFadesAfter, int staleAfterDays, ZoneId zone) {
        this(tieFadesAfter, staleAfterDays, zone, AnalysisSettings.DEFAULT_EXACT_BETWEENNESS_UP_TO,
                AnalysisSettings.DEFAULT_BETWEENNESS_PIVOTS);
    }

    public static NetworkSettings defaults() {
        return new NetworkSettings(Period.ofDays(180), 90, ZoneId.of("Europe/Amsterdam"));
    }

    /** How the domain's analysis reads the network with these settings. */
    public AnalysisSettings analysis() {
        return new AnalysisSettings(tieFadesAfter, exactBetweennessUpTo, betweennessPivots);
    }
}
