package nl.sleutelnet.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.signal.FreeText;
import org.junit.jupiter.api.Test;

class FreeTextPolicyTest {

    private static final FreeTextPolicy POLICY = new FreeTextPolicy("example", 20, "an example is about a street");

    @Test
    void eachPartOfTheDomainKeepsItsOwnCodesAndSaysWhatItsTextIsFor() {
        assertThatThrownBy(() -> POLICY.check("mail a@example.org", true, "The text"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("example.personal-data");
                    assertThat(e.getMessage()).isEqualTo("The text contains an e-mail address (a@e… at position 6). "
                            + "Remove it: an example is about a street, never who someone is or how to reach them.");
                });
        assertThatThrownBy(() -> POLICY.check("x".repeat(21), false, "The text"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("example.text.invalid");
                    assertThat(e.getMessage()).isEqualTo("The text may be at most 20 characters.");
                });
        assertThat(POLICY.check("  kort  ", true, 5, "The line")).isEqualTo("kort");
        assertThat(POLICY.check(null, false, "The text")).isEmpty();
    }

    @Test
    void signalsKeepTheirCodesAndMessage() {
        assertThatThrownBy(() -> FreeText.check("bel 06-12345678", true, "The description"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("signal.personal-data");
                    assertThat(e.getMessage()).isEqualTo("The description contains a phone number (06-… at position "
                            + "5). Remove it: a signal describes tension in a neighbourhood, never who someone is or "
                            + "how to reach them.");
                });
        assertThatThrownBy(() -> FreeText.check(" ", true, "The description"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("signal.text.invalid"));
    }
}
