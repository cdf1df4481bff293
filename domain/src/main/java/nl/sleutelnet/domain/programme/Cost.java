package nl.sleutelnet.domain.programme;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.privacy.FreeTextPolicy;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;

/**
 * Money the programme spent: on one day ({@code from == to}) or over a period (a salary for a year, a training over a
 * month), with what it was for and, when it was spent on one intervention, that intervention. The description says
 * what was bought, never who was paid: it is screened for personal identifiers.
 *
 * @param intervention the intervention the money went to, or null
 */
public record Cost(UUID id, LocalDate from, LocalDate to, Money amount, String description, UUID intervention,
        Instant recordedAt, AccountId recordedBy) {

    public static final int MAX_DESCRIPTION = 500;
    static final FreeTextPolicy TEXT = new FreeTextPolicy("programme.cost", MAX_DESCRIPTION,
            "a cost says what the programme bought");

    public Cost {
        checkNotNull(id, "id");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        Invariants.require(!to.isBefore(from), "programme.cost.period",
                "A cost's period ends (%s) before it starts (%s).", to, from);
        checkNotNull(amount, "amount");
        Invariants.require(amount.cents() > 0, "programme.cost.amount", "A cost is more than € 0.");
        description = TEXT.check(description, true, "The description of a cost");
        recordedAt = Timestamps.stored(checkNotNull(recordedAt, "recordedAt"));
        checkNotNull(recordedBy, "recordedBy");
    }

    public Optional<UUID> interventionIfAny() {
        return Optional.ofNullable(intervention);
    }

    /** The part of the amount that falls in {@code [start, end]}: pro rata by days. */
    public Money within(LocalDate start, LocalDate end) {
        LocalDate a = from.isAfter(start) ? from : start;
        LocalDate b = to.isBefore(end) ? to : end;
        if (b.isBefore(a)) {
            return Money.ZERO;
        }
        long inside = b.toEpochDay() - a.toEpochDay() + 1;
        long all = to.toEpochDay() - from.toEpochDay() + 1;
        return amount.share(inside, all);
    }
}
