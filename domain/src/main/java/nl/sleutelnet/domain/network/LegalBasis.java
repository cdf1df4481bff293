package nl.sleutelnet.domain.network;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * Why Sleutelnet may hold a key person's data: their consent (date, purposes, how it was given) or another legal
 * ground with its reference. Key persons are informed partners, not informants: without a valid basis a key person
 * cannot be active.
 *
 * @param recordedOn  for consent: the day it was given; otherwise the day the basis was recorded
 * @param howGiven    consent only: how it was given ("getekend formulier", "e-mail van 3 maart")
 * @param reference   other grounds only: the decision or law it rests on
 * @param withdrawnOn consent only: the day it was withdrawn, or null
 */
public record LegalBasis(LegalGround ground, LocalDate recordedOn, Set<ProcessingPurpose> purposes, String howGiven,
        String reference, LocalDate withdrawnOn) {

    public static final int MAX_TEXT = 300;

    public LegalBasis {
        checkNotNull(ground, "ground");
        checkNotNull(recordedOn, "recordedOn");
        checkNotNull(purposes, "purposes");
        Invariants.require(!purposes.isEmpty(), "legal-basis.purposes.empty",
                "Name at least one purpose the data is processed for.");
        purposes = Sets.immutableEnumSet(purposes);
        if (ground == LegalGround.CONSENT) {
            howGiven = Invariants.requireText(howGiven, MAX_TEXT, "legal-basis.how-given.missing",
                    "How consent was given");
            Invariants.require(reference == null || reference.isBlank(), "legal-basis.reference.unexpected",
                    "Consent has no reference; say how it was given instead.");
            reference = null;
            Invariants.require(withdrawnOn == null || !withdrawnOn.isBefore(recordedOn),
                    "legal-basis.withdrawn-before-given", "Consent cannot be withdrawn before it was given.");
        } else {
            reference = Invariants.requireText(reference, MAX_TEXT, "legal-basis.reference.missing",
                    "The reference of the legal ground (the decision or law)");
            Invariants.require(howGiven == null || howGiven.isBlank(), "legal-basis.how-given.unexpected",
                    "Only consent is 'given'; for %s record the reference.", ground);
            howGiven = null;
            Invariants.require(withdrawnOn == null, "legal-basis.withdrawal.unexpected",
                    "Only consent can be withdrawn.");
        }
    }

    public static LegalBasis consent(LocalDate givenOn, Set<ProcessingPurpose> purposes, String howGiven) {
        return new LegalBasis(LegalGround.CONSENT, givenOn, purposes, howGiven, null, null);
    }

    public static LegalBasis other(LegalGround ground, LocalDate recordedOn, Set<ProcessingPurpose> purposes,
            String reference) {
        return new LegalBasis(ground, recordedOn, purposes, null, reference, null);
    }

    /** A basis that lets the key person be active: anything but withdrawn consent. */
    public boolean isValid() {
        return withdrawnOn == null;
    }

    public boolean isConsent() {
        return ground == LegalGround.CONSENT;
    }

    public Optional<LocalDate> withdrawal() {
        return Optional.ofNullable(withdrawnOn);
    }

    public LegalBasis withdraw(LocalDate on) {
        if (!isConsent()) {
            throw DomainException.conflict("legal-basis.not-consent",
                    "The basis is %s, not consent: there is nothing to withdraw.", ground);
        }
        if (withdrawnOn != null) {
            throw DomainException.conflict("legal-basis.already-withdrawn", "Consent was already withdrawn on %s.",
                    withdrawnOn);
        }
        return new LegalBasis(ground, recordedOn, EnumSet.copyOf(purposes), howGiven, null, on);
    }
}
