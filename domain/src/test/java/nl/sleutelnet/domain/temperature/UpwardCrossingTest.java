package nl.sleutelnet.domain.temperature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a buurt's level goes up, the coordinator is alerted; not when it holds or falls. */
class UpwardCrossingTest {

    @Test
    void anAlertIsDueOnlyWhenTheLevelGoesUp() {
        assertThat(UpwardCrossing.alertDue(Optional.of(Level.CALM), Level.TENSE)).isTrue();
        assertThat(UpwardCrossing.alertDue(Optional.of(Level.TENSE), Level.HEATED)).isTrue();
        assertThat(UpwardCrossing.alertDue(Optional.of(Level.HEATED), Level.ESCALATING)).isTrue();
        // a jump of two levels is one alert
        assertThat(UpwardCrossing.alertDue(Optional.of(Level.CALM), Level.ESCALATING)).isTrue();
        // holding or falling is no alert
        assertThat(UpwardCrossing.alertDue(Optional.of(Level.TENSE), Level.TENSE)).isFalse();
        assertThat(UpwardCrossing.alertDue(Optional.of(Level.HEATED), Level.TENSE)).isFalse();
        assertThat(UpwardCrossing.alertDue(Optional.of(Level.ESCALATING), Level.CALM)).isFalse();
    }

    @Test
    void theFirstComputationAlertsWhenItIsAboveCalm() {
        assertThat(UpwardCrossing.alertDue(Optional.empty(), Level.CALM)).isFalse();
        assertThat(UpwardCrossing.alertDue(Optional.empty(), Level.TENSE)).isTrue();
        assertThat(UpwardCrossing.alertDue(Optional.empty(), Level.ESCALATING)).isTrue();
    }

    @Test
    void levelsAreOrdered() {
        assertThat(Level.HEATED.isAbove(Level.TENSE)).isTrue();
        assertThat(Level.TENSE.isAbove(Level.TENSE)).isFalse();
        assertThat(Level.CALM.isAbove(Level.ESCALATING)).isFalse();
    }
}
