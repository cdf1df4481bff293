package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.temperature.Level;

/**
 * When the municipality may step back, agreed when the intervention starts: the scope's temperature has stayed at or
 * below {@code exitLevel} for {@code exitDays} days in a row. See {@link WithdrawalRule}.
 *
 * @param exitLevel the highest level at which stepping back is responsible; ESCALATING is refused, as it would allow
 *                  stepping back whatever happened
 * @param exitDays  how many days in a row, today included, 1 to {@value #MAX_DAYS}
 */
public record ExitCriteria(Level exitLevel, int exitDays) {

    public static final int MAX_DAYS = 365;

    public ExitCriteria {
        checkNotNull(exitLevel, "exitLevel");
        Invariants.require(exitLevel != Level.ESCALATING, "intervention.exit-level.invalid",
                "The exit level is CALM, TENSE or HEATED: at ESCALATING the municipality could always step back.");
        Invariants.require(exitDays >= 1 && exitDays <= MAX_DAYS, "intervention.exit-days.invalid",
                "The exit period is 1 to %d days; it was %d.", MAX_DAYS, exitDays);
    }

    /** The first day of the exit period that ends on {@code lastDay}: the series must start on or before it. */
    public LocalDate periodStart(LocalDate lastDay) {
        return lastDay.minusDays(exitDays - 1L);
    }
}
