package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * Responsible withdrawal (terugtrekken als het verantwoord is), as a pure function: the municipality may step back
 * when the scope's temperature has stayed at or below the exit level for the exit period, every day of it, today
 * included. A single day above it starts the count again.
 *
 * <p>The scope's temperature of a day is the highest level of any buurt × theme in it ({@link ScopeSeries}); today is
 * the last day of the series, its temperature as known now. Without the criteria met, stepping back needs an explicit,
 * recorded justification ({@link Intervention#withdraw}).
 */
public final class WithdrawalRule {

    private WithdrawalRule() {
    }

    /**
     * Decides on a series that covers at least the exit period ({@link ExitCriteria#periodStart}); a longer series
     * (since the start, for the chart) is fine and shows how long the scope has been calm.
     */
    public static WithdrawalDecision decide(ExitCriteria criteria, ScopeSeries series) {
        checkNotNull(criteria, "criteria");
        checkNotNull(series, "series");
        checkArgument(!series.firstDay().isAfter(criteria.periodStart(series.lastDay())),
                "the series from %s to %s does not cover the exit period of %s days: start it on %s or before",
                series.firstDay(), series.lastDay(), criteria.exitDays(), criteria.periodStart(series.lastDay()));
        List<ScopeDay> days = series.days();
        int i = days.size() - 1;
        while (i >= 0 && !days.get(i).highestLevel().isAbove(criteria.exitLevel())) {
            i--;
        }
        int run = days.size() - 1 - i;
        WithdrawalDecision.Breach breach = i < 0 ? null
                : new WithdrawalDecision.Breach(days.get(i).day(), days.get(i).highestLevel());
        return new WithdrawalDecision(series.lastDay(), criteria, series.currentLevel(), run, breach);
    }
}
