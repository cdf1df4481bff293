package nl.sleutelnet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import nl.sleutelnet.domain.temperature.Reliability;
import nl.sleutelnet.domain.temperature.TemperatureSettings;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class TemperaturePropertiesTest {

    @Test
    void withoutSettingsTheDefaultsOfTheModel() {
        assertThat(TemperatureProperties.read(environment(Map.of()))).isEqualTo(TemperatureSettings.defaults());
    }

    @Test
    void everySettingIsRead() {
        TemperatureSettings settings = TemperatureProperties.read(environment(Map.ofEntries(
                Map.entry("sleutelnet.temperature.half-life-days", "7"),
                Map.entry("sleutelnet.temperature.reliability-weight.unknown", "0.25"),
                Map.entry("sleutelnet.temperature.poll-weight", "0"),
                Map.entry("sleutelnet.temperature.poll-window-days", "28"),
                Map.entry("sleutelnet.temperature.tense-from", "1.5"),
                Map.entry("sleutelnet.temperature.heated-from", "4"),
                Map.entry("sleutelnet.temperature.escalating-from", "8"),
                Map.entry("sleutelnet.temperature.trend-look-back-days", "7"),
                Map.entry("sleutelnet.temperature.trend-tolerance", "0.5"))));
        assertThat(settings.halfLife()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.evidenceWindow()).as("six half-lives when not set").isEqualTo(Duration.ofDays(42));
        assertThat(settings.reliabilityWeight(Reliability.UNKNOWN)).isEqualTo(0.25);
        assertThat(settings.reliabilityWeight(Reliability.HIGH)).isEqualTo(1.0);
        assertThat(settings.pollWeight()).isZero();
        assertThat(settings.pollWindow()).isEqualTo(Duration.ofDays(28));
        assertThat(settings.tenseFrom()).isEqualTo(1.5);
        assertThat(settings.heatedFrom()).isEqualTo(4);
        assertThat(settings.escalatingFrom()).isEqualTo(8);
        assertThat(settings.trendLookBack()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.trendTolerance()).isEqualTo(0.5);
        assertThat(TemperatureProperties.read(environment(Map.of("sleutelnet.temperature.evidence-window-days",
                "30"))).evidenceWindow()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void anInvalidValueStopsTheStartWithTheNameOfTheSetting() {
        assertThatThrownBy(() -> TemperatureProperties.read(environment(Map.of(
                "sleutelnet.temperature.half-life-days", "twee weken"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sleutelnet.temperature.half-life-days must be a whole number of days")
                .hasMessageContaining("'twee weken'");
        assertThatThrownBy(() -> TemperatureProperties.read(environment(Map.of(
                "sleutelnet.temperature.poll-window-days", "0"))))
                .hasMessageContaining("sleutelnet.temperature.poll-window-days must be a whole number of days, at "
                        + "least 1");
        assertThatThrownBy(() -> TemperatureProperties.read(environment(Map.of(
                "sleutelnet.temperature.tense-from", "2,5"))))
                .hasMessageContaining("sleutelnet.temperature.tense-from must be a number with a decimal point");
        assertThatThrownBy(() -> TemperatureProperties.read(environment(Map.of(
                "sleutelnet.temperature.heated-from", "12"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sleutelnet.temperature.* do not fit together")
                .hasMessageContaining("thresholds increase");
        assertThatThrownBy(() -> TemperatureProperties.read(environment(Map.of(
                "sleutelnet.temperature.reliability-weight.low", "1.5"))))
                .hasMessageContaining("the weight of LOW is 0 to 1");
    }

    @Test
    void thePublicAddressIsAnAbsoluteWebAddress() {
        assertThat(TemperatureProperties.publicUrl(environment(Map.of("server.port", "9090"))))
                .isEqualTo(URI.create("http://localhost:9090"));
        assertThat(TemperatureProperties.publicUrl(environment(Map.of("sleutelnet.public-url",
                "https://sleutelnet.maastricht.nl")))).isEqualTo(URI.create("https://sleutelnet.maastricht.nl"));
        assertThatThrownBy(() -> TemperatureProperties.publicUrl(environment(Map.of("sleutelnet.public-url",
                "sleutelnet.maastricht.nl")))).hasMessageContaining("sleutelnet.public-url must be the address");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
