package nl.sleutelnet.application.port.in.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.programme.Money;

/** A funding line: where the money comes from, what it is for, the years, the amount per year, the decision. */
public record FundingLineCommand(@NotBlank String source, @NotBlank String purpose, @NotNull Integer fromYear,
        @NotNull Integer toYear, @NotNull BigDecimal amountPerYear, String decision,
        @PositiveOrZero long expectedVersion) {

    public FundingLineCommand(String source, String purpose, Integer fromYear, Integer toYear,
            BigDecimal amountPerYear, String decision, long expectedVersion) {
        this.source = source;
        this.purpose = purpose;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.amountPerYear = amountPerYear;
        this.decision = decision;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks.field("amountPerYear", () -> Money.of(amountPerYear)));
    }
}
