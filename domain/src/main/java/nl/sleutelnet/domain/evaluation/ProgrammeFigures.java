package nl.sleutelnet.domain.evaluation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.programme.Cost;
import nl.sleutelnet.domain.programme.FundingLine;
import nl.sleutelnet.domain.programme.Money;
import nl.sleutelnet.domain.programme.Programme;

/**
 * What the approach cost against what it did. The programme is city-wide: a wijk report shows the same budget and
 * spending, and what went to interventions in the wijk. Money is not about persons and is never suppressed.
 *
 * @param budget           every funding line's share of the period's days (pro rata per calendar year)
 * @param spent            every cost's share of the period's days (a cost over several days pro rata)
 * @param remainingCents   budget minus spent; negative when more was spent than budgeted
 * @param toInterventions  of what was spent, the costs linked to an intervention of the area
 * @param years            per calendar year the period touches: budget and spent within the period
 */
public record ProgrammeFigures(String name, Money budget, Money spent, long remainingCents, Money toInterventions,
        List<Year> years, List<FundingLine> fundingLines) {

    public ProgrammeFigures {
        years = ImmutableList.copyOf(years);
        fundingLines = ImmutableList.copyOf(fundingLines);
    }

    public record Year(int year, Money budget, Money spent) {
    }

    /** The share of the budget spent, 0–1 or more; null without a budget. */
    public Double spentShare() {
        return budget.cents() == 0 ? null : spent.cents() / (double) budget.cents();
    }

    static ProgrammeFigures of(Programme programme, ReportPeriod period, Set<UUID> interventionsInArea) {
        List<Year> years = new ArrayList<>();
        for (int y = period.from().getYear(); y <= period.to().getYear(); y++) {
            LocalDate a = period.from().getYear() == y ? period.from() : LocalDate.of(y, 1, 1);
            LocalDate b = period.to().getYear() == y ? period.to() : LocalDate.of(y, 12, 31);
            years.add(new Year(y, programme.budget(a, b), programme.spent(a, b)));
        }
        Money budget = programme.budget(period.from(), period.to());
        Money spent = programme.spent(period.from(), period.to());
        Money linked = programme.costs().stream()
                .filter(c -> c.interventionIfAny().filter(interventionsInArea::contains).isPresent())
                .map(c -> c.within(period.from(), period.to())).reduce(Money.ZERO, Money::plus);
        return new ProgrammeFigures(programme.name(), budget, spent, budget.minusCents(spent), linked, years,
                programme.fundingLines());
    }

    /** Costs of the period, for the list under the figures. */
    static List<Cost> costsIn(Programme programme, ReportPeriod period) {
        return programme.costs().stream()
                .filter(c -> !c.to().isBefore(period.from()) && !c.from().isAfter(period.to())).toList();
    }
}
