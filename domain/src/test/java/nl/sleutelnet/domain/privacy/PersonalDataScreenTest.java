package nl.sleutelnet.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import nl.sleutelnet.domain.privacy.PersonalDataScreen.Finding;
import nl.sleutelnet.domain.privacy.PersonalDataScreen.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataScreenTest {

    private static List<Kind> kinds(String text) {
        return PersonalDataScreen.screen(text).stream().map(Finding::kind).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bel 06-12345678 voor meer", "06 1234 5678", "0612345678", "043-3504040",
        "+31 6 12345678", "0031 43 350 4040", "(043) 350 40 40"})
    void phoneNumbersAreFound(String text) {
        assertThat(kinds(text)).containsExactly(Kind.PHONE);
    }

    @Test
    void aBsnIsNineDigitsThatPassTheElevenCheck() {
        // 111222334: 9*1+8*1+7*1+6*2+5*2+4*2+3*3+2*3 = 69, minus 4 = 65: not a multiple of 11
        assertThat(PersonalDataScreen.isBsn("111222334")).isFalse();
        // 111222333: 69 - 3 = 66 = 6 × 11, so it passes
        assertThat(PersonalDataScreen.isBsn("111222333")).isTrue();
        // 123456782: 9+16+21+24+25+24+21+16 = 156, minus 2 = 154 = 14 × 11
        assertThat(PersonalDataScreen.isBsn("123456782")).isTrue();
        assertThat(kinds("zijn bsn is 123456782")).containsExactly(Kind.BSN);
        assertThat(kinds("zijn bsn is 1234.56.782")).containsExactly(Kind.BSN);
        assertThat(kinds("kenmerk 111222334")).isEmpty();
        assertThat(PersonalDataScreen.isBsn("000000000")).isFalse();
    }

    @Test
    void emailAddressesAndPostcodesWithAHouseNumberAreFound() {
        assertThat(kinds("mail naar jan.de.vries@example.nl graag")).containsExactly(Kind.EMAIL);
        assertThat(kinds("woont op 6218 AB 12")).containsExactly(Kind.POSTCODE_HOUSE_NUMBER);
        assertThat(kinds("Malbergsingel 12, 6218AB Maastricht")).containsExactly(Kind.POSTCODE_HOUSE_NUMBER);
        assertThat(kinds("in postcodegebied 6218 AB is het onrustig")).isEmpty();
    }

    /**
     * Not a speed goal but a hang: the address pattern once tried every start inside a long run of letters, which took
     * minutes for a pasted text of 100,000 characters and held a request thread all that time. It must read such texts
     * in one pass; a minute is a limit no linear reading of a megabyte comes near.
     */
    @Test
    void aHugeTextIsScreenedInOnePassAndStillFindsTheAddressAtItsEnd() {
        String huge = "x".repeat(1_000_000) + " en mail jan@example.nl" + " 0".repeat(100_000);
        List<Finding> found = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> PersonalDataScreen.screen(huge));
        assertThat(found).extracting(Finding::kind).containsExactly(Kind.EMAIL);
        assertThat(kinds("a" + "@b".repeat(50_000))).isEmpty();
        assertThat(kinds("xjan@example.nl en -piet@example.nl")).containsExactly(Kind.EMAIL, Kind.EMAIL);
    }

    @Test
    void ordinaryTextAboutANeighbourhoodPasses() {
        assertThat(PersonalDataScreen.screen("""
                Op 12-03-2025 rond 21.00 uur stonden ongeveer 15 jongeren bij het winkelcentrum in Malberg. Er werd
                gescholden over de nieuwe opvang; sfeer 4 op 10. In 2024 was het rustiger.""")).isEmpty();
        assertThat(PersonalDataScreen.screen(null)).isEmpty();
    }

    @Test
    void theExcerptDoesNotRepeatTheIdentifier() {
        Finding phone = PersonalDataScreen.screen("bel 06-12345678").get(0);
        assertThat(phone.excerpt()).isEqualTo("06-…");
        assertThat(phone.start()).isEqualTo(4);
        assertThat(phone.end()).isEqualTo(15);
    }

    @Test
    void severalFindingsComeInTheOrderOfTheText() {
        assertThat(kinds("mail a@b.nl of bel 0612345678, bsn 123456782")).containsExactly(Kind.EMAIL, Kind.PHONE,
                Kind.BSN);
    }
}
