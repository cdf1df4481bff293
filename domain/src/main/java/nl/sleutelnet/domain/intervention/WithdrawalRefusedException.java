package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkNotNull;

import nl.sleutelnet.domain.shared.DomainException;

/**
 * Stepping back was refused: the scope's temperature has not stayed at or below the exit level for the exit period,
 * and no justification was given. Code {@code intervention.withdrawal.refused}, kind CONFLICT; the message shows the
 * current temperature and what is missing, and {@link #decision()} gives the figures.
 */
public final class WithdrawalRefusedException extends DomainException {

    private final transient WithdrawalDecision decision;

    public WithdrawalRefusedException(WithdrawalDecision decision) {
        super(Kind.CONFLICT, "intervention.withdrawal.refused", checkNotNull(decision, "decision").explanation()
                + " Wait, or record a justification for stepping back now.");
        this.decision = decision;
    }

    public WithdrawalDecision decision() {
        return decision;
    }
}
