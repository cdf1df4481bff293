package nl.sleutelnet.application.port.in.signal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.signal.FreeText;
import nl.sleutelnet.domain.signal.HowObtained;
import nl.sleutelnet.domain.signal.Reporter;

/** The same tension seen again, by whom, how and when, with an optional explanation. */
public record SightingCommand(@NotNull UUID signalId, String reporterKind, UUID reporterId, String openSource,
        @NotBlank String howObtained, Instant observedAt, String explanation) {

    public SightingCommand(UUID signalId, String reporterKind, UUID reporterId, String openSource, String howObtained,
            Instant observedAt, String explanation) {
        this.signalId = signalId;
        this.reporterKind = SignalInput.blankToNull(reporterKind);
        this.reporterId = reporterId;
        this.openSource = openSource;
        this.howObtained = howObtained;
        this.observedAt = observedAt;
        this.explanation = explanation;
        SelfValidating.validate(this, checks -> checks
                .field("reporterKind", () -> {
                    if (this.reporterKind != null) {
                        reporter(null);
                    }
                })
                .field("howObtained", this::obtained)
                .field("explanation", () -> FreeText.check(explanation, false, "The explanation")));
    }

    public Reporter reporter(UUID staff) {
        return SignalInput.reporter(reporterKind, reporterId, openSource, staff);
    }

    public HowObtained obtained() {
        return SignalInput.parse(HowObtained.class, howObtained, "signal.how-obtained.unknown");
    }
}
