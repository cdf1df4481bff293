package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;

/**
 * One step on the involvement ladder: from, to, when, why and by whom. The first step of every intervention has
 * {@code from == null} (the involvement it was planned with). A step to WITHDRAWN keeps the {@link WithdrawalDecision}
 * it was taken on and, when that decision did not allow it, the justification that stood in for it.
 *
 * @param decision      for a withdrawal: what the scope's temperature said; null for any other step
 * @param justification for a withdrawal the temperature did not allow: why stepping back is responsible anyway;
 *                      otherwise usually empty
 */
public record InvolvementStep(Involvement from, Involvement to, Instant at, String reason, AccountId actor,
        WithdrawalDecision decision, String justification) {

    public static final int MAX_REASON = 500;

    public InvolvementStep {
        checkNotNull(to, "to");
        Invariants.require(from != to, "intervention.involvement.unchanged",
                "The involvement is already %s; choose another level.", to);
        at = Timestamps.stored(checkNotNull(at, "at"));
        reason = InterventionText.required(reason, MAX_REASON, "The reason for a change of involvement");
        checkNotNull(actor, "actor");
        justification = InterventionText.optional(justification, InterventionText.MAX_LENGTH,
                "The justification for stepping back");
        if (to == Involvement.WITHDRAWN) {
            Invariants.require(from != null, "intervention.involvement.start",
                    "An intervention starts with the municipality involved, not withdrawn.");
            Invariants.require(decision != null, "intervention.withdrawal.decision.missing",
                    "A withdrawal keeps the decision on the scope's temperature it was taken on.");
            Invariants.require(decision.allowed() || !justification.isEmpty(),
                    "intervention.withdrawal.justification.missing",
                    "%s Record why stepping back is responsible anyway.", decision.explanation());
        } else {
            Invariants.require(decision == null && justification.isEmpty(), "intervention.withdrawal.unexpected",
                    "Only a withdrawal has a decision on the temperature and a justification.");
        }
    }

    /** Whether this step lowers the involvement (afschalen). */
    public boolean isStepDown() {
        return from != null && from.isAbove(to);
    }

    public Optional<Involvement> previous() {
        return Optional.ofNullable(from);
    }

    public Optional<WithdrawalDecision> withdrawalDecision() {
        return Optional.ofNullable(decision);
    }

    /** Whether this withdrawal rested on a justification instead of the exit criteria. */
    public boolean justified() {
        return decision != null && !decision.allowed();
    }
}
