package nl.sleutelnet.application.port.in.temperature;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * A daily series of one buurt × theme from {@code from} to {@code to}, both days included, at most
 * {@value #MAX_DAYS} days.
 */
public record TemperatureSeriesQuery(@NotBlank String neighbourhoodCode, @NotBlank String theme,
        @NotNull LocalDate from, @NotNull LocalDate to) {

    public static final int MAX_DAYS = 366;

    public TemperatureSeriesQuery(String neighbourhoodCode, String theme, LocalDate from, LocalDate to) {
        this.neighbourhoodCode = neighbourhoodCode == null ? null : neighbourhoodCode.strip();
        this.theme = theme == null ? null : theme.strip();
        this.from = from;
        this.to = to;
        SelfValidating.validate(this, checks -> checks
                .field("neighbourhoodCode", () -> NeighbourhoodCode.of(this.neighbourhoodCode))
                .field("theme", () -> ThemeCode.of(this.theme))
                .across(List.of("from", "to"), () -> Invariants.require(!to.isBefore(from),
                        "temperature.series.order", "The last day (%s) lies before the first (%s); swap them.", to,
                        from), e -> "to")
                .across(List.of("from", "to"), () -> Invariants.require(days() <= MAX_DAYS,
                        "temperature.series.too-long", "A series covers at most %d days; %s to %s is %d days. "
                                + "Ask for a shorter period.", MAX_DAYS, from, to, days()), e -> "from"));
    }

    public TemperatureCell cell() {
        return new TemperatureCell(neighbourhoodCode, theme);
    }

    /** The number of days in the series, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
