package nl.sleutelnet.application.port.in.signal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.signal.FreeText;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.temperature.Reliability;

/**
 * One step in handling a signal, against the version the user saw.
 *
 * @param step        ASSESS (with reliability, and the explanation as the interpretation), ACT (with the
 *                    intervention), NO_ACTION (the explanation as the reason), CLOSE (the explanation as an optional
 *                    note) or ASSIGN (with the assignee)
 * @param reliability for ASSESS: HIGH, MEDIUM or LOW
 */
public record HandleSignalCommand(@NotNull UUID signalId, @NotBlank String step, String reliability, String explanation,
        UUID intervention, UUID assignee, @PositiveOrZero long expectedVersion) {

    /** The steps a signal can take. */
    public enum Step { ASSESS, ACT, NO_ACTION, CLOSE, ASSIGN }

    public HandleSignalCommand(UUID signalId, String step, String reliability, String explanation, UUID intervention,
            UUID assignee, long expectedVersion) {
        this.signalId = signalId;
        this.step = step;
        this.reliability = SignalInput.blankToNull(reliability);
        this.explanation = explanation;
        this.intervention = intervention;
        this.assignee = assignee;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> {
            checks.field("step", this::parsedStep);
            Step parsed = stepOrNull();
            if (parsed == Step.ASSESS) {
                checks.field("reliability", this::parsedReliability)
                        .field("explanation", () -> FreeText.check(explanation, true, "The interpretation"));
            } else if (parsed == Step.NO_ACTION) {
                checks.field("explanation", () -> FreeText.check(explanation, true, "The reason for no action"));
            } else if (parsed == Step.CLOSE) {
                checks.field("explanation", () -> FreeText.check(explanation, false, "The closing note"));
            } else if (parsed == Step.ACT) {
                checks.field("intervention", () -> Invariants.require(intervention != null,
                        "signal.intervention.missing", "Name the intervention that takes this signal up."));
            } else if (parsed == Step.ASSIGN) {
                checks.field("assignee", () -> Invariants.require(assignee != null, "signal.assignee.missing",
                        "Name who handles the signal."));
            }
        });
    }

    public SignalId id() {
        return new SignalId(signalId);
    }

    public Step parsedStep() {
        return SignalInput.parse(Step.class, step, "signal.step.unknown");
    }

    public Reliability parsedReliability() {
        Invariants.require(reliability != null, "signal.reliability.unknown",
                "Judge the reliability: HIGH, MEDIUM or LOW.");
        return SignalInput.parse(Reliability.class, reliability, "signal.reliability.unknown");
    }

    private Step stepOrNull() {
        try {
            return step == null ? null : parsedStep();
        } catch (DomainException e) {
            return null;
        }
    }
}
