package nl.sleutelnet.bootstrap;

import static com.google.common.base.Preconditions.checkNotNull;

import nl.sleutelnet.application.service.NetworkSettings;
import nl.sleutelnet.application.service.PollSettings;
import nl.sleutelnet.domain.signal.AssessmentDeadlines;

/**
 * The municipality's choices the core works with, each with a documented default: the network analysis, how soon a
 * signal must be assessed, and the temperature polls (reminders, default period, the public address of the personal
 * links). The Spring application reads them from {@code sleutelnet.*} properties.
 */
public record CoreSettings(NetworkSettings network, AssessmentDeadlines deadlines, PollSettings polls) {

    public CoreSettings {
        checkNotNull(network, "network");
        checkNotNull(deadlines, "deadlines");
        checkNotNull(polls, "polls");
    }

    /** With the default poll settings. */
    public CoreSettings(NetworkSettings network, AssessmentDeadlines deadlines) {
        this(network, deadlines, PollSettings.defaults());
    }

    public static CoreSettings defaults() {
        return new CoreSettings(NetworkSettings.defaults(), AssessmentDeadlines.defaults(), PollSettings.defaults());
    }

    public CoreSettings withNetwork(NetworkSettings value) {
        return new CoreSettings(value, deadlines, polls);
    }

    public CoreSettings withDeadlines(AssessmentDeadlines value) {
        return new CoreSettings(network, value, polls);
    }

    public CoreSettings withPolls(PollSettings value) {
        return new CoreSettings(network, deadlines, value);
    }
}
