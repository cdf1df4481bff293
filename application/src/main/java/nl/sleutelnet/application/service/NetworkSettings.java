package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Period;
import java.time.ZoneId;

/**
 * Settings of the network analysis.
 *
 * @param tieFadesAfter  a tie without contact for longer no longer counts in the analysis
 * @param staleAfterDays an active key person without contact for longer is listed as stale
 * @param zone           the time zone whose calendar days count (Europe/Amsterdam)
 */
public record NetworkSettings(Period tieFadesAfter, int staleAfterDays, ZoneId zone) {

    public NetworkSettings {
        checkNotNull(tieFadesAfter, "tieFadesAfter");
        checkArgument(staleAfterDays > 0, "staleAfterDays must be positive");
        checkNotNull(zone, "zone");
    }

    public static NetworkSettings defaults() {
        return new NetworkSettings(Period.ofDays(180), 90, ZoneId.of("Europe/Amsterdam"));
    }
}
