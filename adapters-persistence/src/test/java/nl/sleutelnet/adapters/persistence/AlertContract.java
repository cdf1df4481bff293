package nl.sleutelnet.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.temperature.Alert;
import nl.sleutelnet.domain.temperature.AlertId;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every persistence adapter must do with temperature alerts; run on memory, H2 and PostgreSQL. */
public abstract class AlertContract {

    private static final Instant T = Instant.parse("2026-03-02T10:00:00.123456789Z");
    private static final AccountId COORDINATOR = new AccountId(UUID.randomUUID());

    protected Persistence store;

    protected abstract Persistence freshInstallation();

    @BeforeEach
    void install() {
        store = freshInstallation();
    }

    @Test
    void anAlertRoundTripsAndIsSeenOnce() {
        Alert raised = alert("BU09350207", "wij-zij", Level.TENSE, Level.HEATED, 5.0833333333333339, T);
        Alert saved = store.alerts().save(raised);
        assertThat(saved).isEqualTo(raised.withVersion(1));
        assertThat(saved.at()).isEqualTo(Instant.parse("2026-03-02T10:00:00.123456Z"));
        assertThat(saved.score()).as("the score exactly as computed").isEqualTo(5.0833333333333339);
        assertThat(store.alerts().findById(raised.id())).contains(saved);

        Alert seen = store.alerts().save(saved.acknowledge(COORDINATOR, T.plusSeconds(3600)));
        assertThat(seen.version()).isEqualTo(2);
        assertThat(seen.acknowledgedBy()).isEqualTo(COORDINATOR);
        assertThat(store.alerts().findById(raised.id())).contains(seen);
        assertThatThrownBy(() -> store.alerts().save(saved.acknowledge(new AccountId(UUID.randomUUID()), T)))
                .as("a second coordinator working from the old copy").isInstanceOf(StaleVersionException.class);
        assertThat(store.alerts().findById(raised.id())).contains(seen);
        assertThat(store.alerts().findById(new AlertId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void openAlertsComeFirstNewestFirstAndAreCounted() {
        Alert oldOpen = store.alerts().save(alert("BU09350207", "wij-zij", Level.CALM, Level.TENSE, 2, T));
        Alert newOpen = store.alerts().save(alert("BU09350000", "religie", Level.TENSE, Level.ESCALATING, 9.5,
                T.plusSeconds(60)));
        Alert newestSeen = store.alerts().save(store.alerts().save(alert("BU09350302", "wij-zij", Level.CALM,
                Level.HEATED, 6, T.plusSeconds(120))).acknowledge(COORDINATOR, T.plusSeconds(180)));
        Alert oldSeen = store.alerts().save(store.alerts().save(alert("BU09350302", "religie", Level.CALM,
                Level.TENSE, 2.5, T.minusSeconds(60))).acknowledge(COORDINATOR, T.plusSeconds(180)));

        assertThat(store.alerts().findAll(new PageRequest(0, 10)).items())
                .containsExactly(newOpen, oldOpen, newestSeen, oldSeen);
        assertThat(store.alerts().findAll(new PageRequest(1, 3)).items()).containsExactly(oldSeen);
        assertThat(store.alerts().findAll(new PageRequest(1, 3)).total()).isEqualTo(4);
        assertThat(store.alerts().countOpen()).isEqualTo(2);
    }

    @Test
    void alertsAtTheSameMomentAreOrderedByIdTheSameEverywhere() {
        List<Alert> same = List.of(
                alert(UUID.fromString("f0000000-0000-4000-8000-000000000001"), "BU09350207"),
                alert(UUID.fromString("00000000-0000-4000-8000-000000000002"), "BU09350000"),
                alert(UUID.fromString("80000000-0000-4000-8000-000000000003"), "BU09350302"));
        same.forEach(store.alerts()::save);
        assertThat(store.alerts().findAll(new PageRequest(0, 10)).items()).extracting(a -> a.buurt().value())
                .containsExactly("BU09350000", "BU09350302", "BU09350207");
    }

    private static Alert alert(UUID id, String buurt) {
        return Alert.raise(new AlertId(id), NeighbourhoodCode.of(buurt), ThemeCode.of("wij-zij"), Level.CALM,
                Level.TENSE, 2, T);
    }

    private static Alert alert(String buurt, String theme, Level from, Level to, double score, Instant at) {
        return Alert.raise(new AlertId(UUID.randomUUID()), NeighbourhoodCode.of(buurt), ThemeCode.of(theme), from, to,
                score, at);
    }
}
