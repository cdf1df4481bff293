package nl.sleutelnet.bootstrap;

import static com.google.common.base.Preconditions.checkNotNull;

import nl.sleutelnet.application.service.NetworkSettings;
import nl.sleutelnet.domain.signal.AssessmentDeadlines;

/**
 * The municipality's choices the core works with, each with a documented default: the network analysis, how soon a
 * signal must be assessed. The Spring application reads them from {@code sleutelnet.*} properties.
 */
public record CoreSettings(NetworkSettings network, AssessmentDeadlines deadlines) {

    public CoreSettings {
        checkNotNull(network, "network");
        checkNotNull(deadlines, "deadlines");
    }

    public static CoreSettings defaults() {
        return new CoreSettings(NetworkSettings.defaults(), AssessmentDeadlines.defaults());
    }

    public CoreSettings withNetwork(NetworkSettings value) {
        return new CoreSettings(value, deadlines);
    }

    public CoreSettings withDeadlines(AssessmentDeadlines value) {
        return new CoreSettings(network, value);
    }
}
