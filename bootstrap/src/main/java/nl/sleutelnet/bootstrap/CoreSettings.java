package nl.sleutelnet.bootstrap;

import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import nl.sleutelnet.application.service.NetworkSettings;
import nl.sleutelnet.domain.signal.AssessmentDeadlines;
import nl.sleutelnet.domain.temperature.TemperatureSettings;

/**
 * The municipality's choices the core works with, each with a documented default: the network analysis, how soon a
 * signal must be assessed, the temperature model, and where staff reach Sleutelnet (for links in messages). The
 * Spring application reads them from {@code sleutelnet.*} properties.
 */
public record CoreSettings(NetworkSettings network, AssessmentDeadlines deadlines, TemperatureSettings temperature,
        URI publicUrl) {

    public CoreSettings {
        checkNotNull(network, "network");
        checkNotNull(deadlines, "deadlines");
        checkNotNull(temperature, "temperature");
        checkNotNull(publicUrl, "publicUrl");
    }

    public static CoreSettings defaults() {
        return new CoreSettings(NetworkSettings.defaults(), AssessmentDeadlines.defaults(),
                TemperatureSettings.defaults(), URI.create("http://localhost:8080"));
    }

    public CoreSettings withNetwork(NetworkSettings value) {
        return new CoreSettings(value, deadlines, temperature, publicUrl);
    }

    public CoreSettings withDeadlines(AssessmentDeadlines value) {
        return new CoreSettings(network, value, temperature, publicUrl);
    }

    public CoreSettings withTemperature(TemperatureSettings value) {
        return new CoreSettings(network, deadlines, value, publicUrl);
    }

    public CoreSettings withPublicUrl(URI value) {
        return new CoreSettings(network, deadlines, temperature, value);
    }
}
