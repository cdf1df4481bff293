package nl.sleutelnet.domain.network.analysis;

import static nl.sleutelnet.domain.network.KeyPersonStatus.ACTIVE;
import static nl.sleutelnet.domain.network.KeyPersonStatus.CANDIDATE;
import static nl.sleutelnet.domain.network.KeyPersonStatus.DEPARTED;
import static nl.sleutelnet.domain.network.KeyPersonStatus.PAUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.StatusChange;
import org.junit.jupiter.api.Test;

class TurnoverTest {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2025-07-01T00:00:00Z");
    private static final AccountId COORDINATOR = new AccountId(UUID.randomUUID());

    /** The first half of 2025, person by person. */
    private static final List<List<StatusChange>> HISTORIES = List.of(
            // active all along
            history(CANDIDATE, "2024-01-01", ACTIVE, "2024-02-01"),
            // joins in March
            history(CANDIDATE, "2024-11-01", ACTIVE, "2025-03-01"),
            // was paused, comes back in February: returned, not joined
            history(CANDIDATE, "2023-01-01", ACTIVE, "2023-02-01", PAUSED, "2024-06-01", ACTIVE, "2025-02-01"),
            // pauses in April
            history(CANDIDATE, "2024-01-01", ACTIVE, "2024-01-15", PAUSED, "2025-04-01"),
            // leaves in May
            history(CANDIDATE, "2024-01-01", ACTIVE, "2024-01-15", DEPARTED, "2025-05-01"),
            // a candidate who declines: departed, never active
            history(CANDIDATE, "2025-02-01", DEPARTED, "2025-03-01"),
            // becomes active at the very first instant of the period: joined inside it
            history(CANDIDATE, "2024-12-01", ACTIVE, "2025-01-01"),
            // leaves at the first instant after the period: still active at its end
            history(CANDIDATE, "2024-01-01", ACTIVE, "2024-01-15", DEPARTED, "2025-07-01"),
            // registered after the period
            history(CANDIDATE, "2025-08-01"));

    @Test
    void countsEveryMovementOfTheHalfYear() {
        Turnover turnover = Turnover.of(HISTORIES, FROM, TO);
        assertThat(turnover).isEqualTo(new Turnover(FROM, TO, 4, 5, 2, 1, 1, 2));
        assertThat(turnover.turnoverRate()).isCloseTo(2 / 4.5, within(1e-12));
    }

    @Test
    void theEndOfOnePeriodIsTheStartOfTheNext() {
        Instant april = Instant.parse("2025-04-01T00:00:00Z");
        assertThat(Turnover.of(HISTORIES, FROM, april).activeAtEnd())
                .isEqualTo(Turnover.of(HISTORIES, april, TO).activeAtStart());
    }

    @Test
    void withoutActiveKeyPersonsTheRateIsZero() {
        Turnover turnover = Turnover.of(List.of(history(CANDIDATE, "2025-02-01", DEPARTED, "2025-03-01")), FROM, TO);
        assertThat(turnover.departed()).isOne();
        assertThat(turnover.turnoverRate()).isZero();
    }

    @Test
    void aHistoryMustBeInTheOrderItHappenedAndAPeriodMustEndAfterItStarts() {
        List<StatusChange> backwards = new ArrayList<>(history(CANDIDATE, "2024-01-01", ACTIVE, "2024-02-01"));
        Collections.reverse(backwards);
        assertThatThrownBy(() -> Turnover.of(List.of(backwards), FROM, TO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Turnover.of(HISTORIES, TO, FROM)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Status, day, status, day, ...: each change from the status before it. */
    private static List<StatusChange> history(Object... statusesAndDays) {
        List<StatusChange> changes = new ArrayList<>();
        KeyPersonStatus from = null;
        for (int i = 0; i < statusesAndDays.length; i += 2) {
            KeyPersonStatus to = (KeyPersonStatus) statusesAndDays[i];
            Instant at = Instant.parse(statusesAndDays[i + 1] + "T00:00:00Z");
            changes.add(new StatusChange(from, to, at, "test", COORDINATOR));
            from = to;
        }
        return List.copyOf(changes);
    }
}
