package nl.sleutelnet.application.port.in.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.programme.Money;
import nl.sleutelnet.domain.shared.DomainException;

/**
 * A cost: on one day ({@code to} empty or the same as {@code from}) or over a period, an amount in euros with at most
 * two decimals, what it bought, and optionally the intervention it went to.
 */
public record CostCommand(@NotNull LocalDate from, LocalDate to, @NotNull BigDecimal amount,
        @NotBlank String description, UUID interventionId, @PositiveOrZero long expectedVersion) {

    public CostCommand(LocalDate from, LocalDate to, BigDecimal amount, String description, UUID interventionId,
            long expectedVersion) {
        this.from = from;
        this.to = to == null ? from : to;
        this.amount = amount;
        this.description = description;
        this.interventionId = interventionId;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .field("amount", () -> {
                    if (Money.of(amount).cents() == 0) {
                        throw DomainException.invalid("programme.cost.amount", "A cost is more than € 0.");
                    }
                })
                .across(java.util.List.of("from"), () -> {
                    if (this.to.isBefore(from)) {
                        throw DomainException.invalid("programme.cost.period",
                                "The period of a cost ends (%s) before it starts (%s).", this.to, from);
                    }
                }, e -> "to"));
    }

    public Money money() {
        return Money.of(amount);
    }
}
