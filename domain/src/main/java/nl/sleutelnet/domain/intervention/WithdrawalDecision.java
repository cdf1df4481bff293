package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import nl.sleutelnet.domain.temperature.Level;

/**
 * What {@link WithdrawalRule} answers: whether the scope's temperature allows the municipality to step back, and if
 * not, what is missing. The UI shows it before the user tries; a withdrawal keeps the decision it rested on.
 *
 * @param asOf          the last day of the series decided on
 * @param criteria      the exit criteria of the intervention
 * @param currentLevel  the scope's highest level on {@code asOf}
 * @param daysAtOrBelow how many days in a row, up to and including {@code asOf}, the scope has been at or below the
 *                      exit level; 0 when it is above it now
 * @param lastAbove     the latest day the scope was above the exit level, within the series: the day that broke the
 *                      run ({@code asOf} itself when it is above now); null when the whole series was at or below it
 */
public record WithdrawalDecision(LocalDate asOf, ExitCriteria criteria, Level currentLevel, int daysAtOrBelow,
        Breach lastAbove) {

    /** A day the scope was above the exit level, and how high it was. */
    public record Breach(LocalDate day, Level level) {

        public Breach {
            checkNotNull(day, "day");
            checkNotNull(level, "level");
        }
    }

    public WithdrawalDecision {
        checkNotNull(asOf, "asOf");
        checkNotNull(criteria, "criteria");
        checkNotNull(currentLevel, "currentLevel");
        checkArgument(daysAtOrBelow >= 0, "daysAtOrBelow not negative: %s", daysAtOrBelow);
        Level exit = criteria.exitLevel();
        checkArgument((daysAtOrBelow == 0) == currentLevel.isAbove(exit),
                "%s days at or below %s does not fit a current level of %s", daysAtOrBelow, exit, currentLevel);
        if (lastAbove != null) {
            checkArgument(lastAbove.day().equals(asOf.minusDays(daysAtOrBelow)) && lastAbove.level().isAbove(exit),
                    "the run of %s days ending %s is broken the day before it by a level above %s, not by %s",
                    daysAtOrBelow, asOf, exit, lastAbove);
        }
        checkArgument(daysAtOrBelow >= criteria.exitDays() || lastAbove != null,
                "a refusal names the day that broke the run");
    }

    /** Whether the scope stayed at or below the exit level for the whole exit period. */
    public boolean allowed() {
        return daysAtOrBelow >= criteria.exitDays();
    }

    /** How many more days at or below the exit level are needed; 0 when allowed. */
    public int daysMissing() {
        return Math.max(0, criteria.exitDays() - daysAtOrBelow);
    }

    /** The first day withdrawal can be allowed if the scope stays at or below the exit level: {@code asOf} if now. */
    public LocalDate earliestDay() {
        return asOf.plusDays(daysMissing());
    }

    /** The day that broke the run, if the series shows one. */
    public Optional<Breach> breach() {
        return Optional.ofNullable(lastAbove);
    }

    /** The decision in a sentence: the current temperature and, when refused, what is missing. */
    public String explanation() {
        Level exit = criteria.exitLevel();
        if (allowed()) {
            return String.format("Withdrawal is allowed: on %s the scope is %s and has been at or below the exit "
                    + "level %s for %s (%d needed).", asOf, currentLevel, exit, days(daysAtOrBelow),
                    criteria.exitDays());
        }
        String now = daysAtOrBelow == 0
                ? String.format("on %s the scope is %s, above the exit level %s.", asOf, currentLevel, exit)
                : String.format("on %s the scope is %s and has been at or below the exit level %s for %s, since %s "
                        + "(on %s it was %s).", asOf, currentLevel, exit, days(daysAtOrBelow),
                        lastAbove.day().plusDays(1), lastAbove.day(), lastAbove.level());
        return String.format("Withdrawal is not allowed yet: %s It must stay at or below %s for %s in a row: %s "
                + "more %s needed, so %s at the earliest.", now, exit, days(criteria.exitDays()),
                daysMissing(), daysMissing() == 1 ? "day is" : "days are", earliestDay());
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
