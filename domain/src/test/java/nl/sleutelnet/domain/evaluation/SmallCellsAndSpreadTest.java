package nl.sleutelnet.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.domain.programme.FundingLine;
import nl.sleutelnet.domain.programme.Money;
import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class SmallCellsAndSpreadTest {

    private final SmallCells five = SmallCells.defaults();

    @Test
    void countsFromOneToFourAreSuppressedZeroAndFiveAreShown() {
        assertThat(five.count(0).shown()).isEqualTo("0");
        assertThat(five.count(0).value()).isZero();
        for (int n = 1; n <= 4; n++) {
            assertThat(five.count(n).shown()).isEqualTo("< 5");
            assertThat(five.count(n).value()).isNull();
        }
        assertThat(five.count(5).value()).isEqualTo(5);
        assertThat(SmallCells.off().count(1).value()).isEqualTo(1);
        assertThat(Share.of(1, 10, five).fraction()).as("the part would reveal a small number").isNull();
        assertThat(Share.of(5, 10, five).fraction()).isEqualTo(0.5);
    }

    @Test
    void theMedianIsTheMiddleAndTheNinetiethPercentileTheNearestRank() {
        assertThat(Spread.of(hours(2, 4, 10, 60), SmallCells.off())).satisfies(s -> {
            assertThat(s.medianHours()).isEqualTo(7.0);
            assertThat(s.p90Hours()).isEqualTo(60.0);
        });
        assertThat(Spread.of(hours(5, 1, 3), SmallCells.off()).medianHours()).isEqualTo(3.0);
        List<Duration> ten = hours(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(Spread.of(ten, SmallCells.off()).p90Hours()).as("rank 9 of 10").isEqualTo(9.0);
        assertThat(Spread.of(hours(1, 2, 3), five).medianHours()).as("three cases are too few").isNull();
        assertThat(Spread.of(List.of(), SmallCells.off()).medianHours()).isNull();
    }

    @Test
    void aPeriodKnowsItsPreviousPeriod() {
        assertThat(ReportPeriod.year(2024).previous()).isEqualTo(ReportPeriod.year(2023));
        assertThat(new ReportPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)).previous())
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 1, 29), LocalDate.of(2025, 2, 28)));
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("period.reversed"));
    }

    @Test
    void moneyIsExactToTheCentAndABudgetIsProRataPerCalendarYear() {
        assertThat(Money.of(new BigDecimal("1250.50")).cents()).isEqualTo(125_050);
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.001"))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("-1"))).isInstanceOf(DomainException.class);
        FundingLine line = new FundingLine(UUID.randomUUID(), "Meicirculaire 2021", "Regisseur", 2022, 2026,
                Money.euros(50_000), "");
        assertThat(line.budgetWithin(LocalDate.of(2021, 1, 1), LocalDate.of(2030, 12, 31)))
                .isEqualTo(Money.euros(250_000));
        assertThat(line.budgetWithin(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))
                .as("31 of the 366 days of 2024").isEqualTo(new Money(423_497));
    }

    private static List<Duration> hours(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Duration::ofHours).toList();
    }
}
