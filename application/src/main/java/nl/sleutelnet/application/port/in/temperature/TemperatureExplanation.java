package nl.sleutelnet.application.port.in.temperature;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.signal.SignalStatus;
import nl.sleutelnet.domain.temperature.PollContribution;
import nl.sleutelnet.domain.temperature.SignalContribution;
import nl.sleutelnet.domain.temperature.Temperature;
import nl.sleutelnet.domain.temperature.TemperatureSettings;
import nl.sleutelnet.domain.theme.Theme;

/**
 * A temperature with everything behind it: the model's own explanation (every figure of every contribution), each
 * signal with what staff need to recognise it, and each poll answer with its round and rating. Never who answered.
 *
 * @param signals  the signals that count, largest contribution first
 * @param answers  the poll answers that count, largest contribution first
 * @param settings the settings the figures were computed with
 */
public record TemperatureExplanation(Neighbourhood buurt, Theme theme, Temperature temperature,
        List<ExplainedSignal> signals, List<ExplainedAnswer> answers, TemperatureSettings settings) {

    public TemperatureExplanation {
        checkNotNull(buurt, "buurt");
        checkNotNull(theme, "theme");
        checkNotNull(temperature, "temperature");
        signals = ImmutableList.copyOf(signals);
        answers = ImmutableList.copyOf(answers);
        checkNotNull(settings, "settings");
    }

    /**
     * One signal behind the figure.
     *
     * @param contribution what it adds, with every number that went into it (id, intensity, weights, decay)
     * @param description  the signal's description (screened for personal identifiers when it was reported)
     * @param sightings    how many times the same tension was reported again
     */
    public record ExplainedSignal(SignalContribution contribution, Instant receivedAt, SignalStatus status,
            String description, int sightings) {

        public ExplainedSignal {
            checkNotNull(contribution, "contribution");
            checkNotNull(receivedAt, "receivedAt");
            checkNotNull(status, "status");
            checkNotNull(description, "description");
        }

        public UUID signalId() {
            return contribution.signalId();
        }
    }

    /**
     * One poll answer behind the figure: its rating and round, not its respondent.
     *
     * @param roundId   the poll round, or null when the poll capability does not tell
     * @param roundName the round's name, or null
     */
    public record ExplainedAnswer(PollContribution contribution, UUID roundId, String roundName) {

        public ExplainedAnswer {
            checkNotNull(contribution, "contribution");
        }
    }
}
