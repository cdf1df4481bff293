package nl.sleutelnet.domain.temperature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static final Instant T = Instant.parse("2026-03-02T10:00:00.123456789Z");
    private static final NeighbourhoodCode MALBERG = NeighbourhoodCode.of("BU09350207");
    private static final ThemeCode WIJ_ZIJ = ThemeCode.of("wij-zij");

    @Test
    void anAlertIsRaisedOpenAndSeenOnce() {
        Alert alert = Alert.raise(new AlertId(UUID.randomUUID()), MALBERG, WIJ_ZIJ, Level.TENSE, Level.HEATED, 5.25, T);
        assertThat(alert.isOpen()).isTrue();
        assertThat(alert.at()).as("kept to the microsecond, as stored").isEqualTo("2026-03-02T10:00:00.123456Z");
        AccountId coordinator = new AccountId(UUID.randomUUID());
        Alert seen = alert.acknowledge(coordinator, T.plusSeconds(60));
        assertThat(seen.isOpen()).isFalse();
        assertThat(seen.acknowledgedBy()).isEqualTo(coordinator);
        assertThat(seen.acknowledged()).contains(T.plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThatThrownBy(() -> seen.acknowledge(new AccountId(UUID.randomUUID()), T.plusSeconds(120)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("alert.already-acknowledged"));
    }

    @Test
    void onlyARiseIsAnAlert() {
        for (Level[] pair : new Level[][] {{Level.HEATED, Level.HEATED}, {Level.HEATED, Level.TENSE}}) {
            assertThatThrownBy(() -> Alert.raise(new AlertId(UUID.randomUUID()), MALBERG, WIJ_ZIJ, pair[0], pair[1],
                    3, T)).isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("alert.level.not-up"));
        }
        assertThat(Alert.raise(new AlertId(UUID.randomUUID()), MALBERG, WIJ_ZIJ, Level.CALM, Level.ESCALATING, 9, T)
                .to()).isEqualTo(Level.ESCALATING);
    }
}
