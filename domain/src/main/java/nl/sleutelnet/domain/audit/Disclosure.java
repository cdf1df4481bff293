package nl.sleutelnet.domain.audit;

import nl.sleutelnet.domain.shared.Invariants;

/**
 * Personal data given to a third party (an export, a share): to whom, and on which legal basis.
 *
 * @param recipient  the receiving organisation or person, as the user names it
 * @param legalBasis the ground the disclosure rests on (an article of a law, a covenant, consent)
 */
public record Disclosure(String recipient, String legalBasis) {

    public static final int MAX_LENGTH = 300;

    public Disclosure(String recipient, String legalBasis) {
        this.recipient = Invariants.requireText(recipient, MAX_LENGTH, "disclosure.recipient.invalid",
                "The recipient");
        this.legalBasis = Invariants.requireText(legalBasis, MAX_LENGTH, "disclosure.legal-basis.invalid",
                "The legal basis");
    }
}
