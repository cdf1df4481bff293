package nl.sleutelnet.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class PasswordBlocklistTest {

    private final PasswordBlocklist list = PasswordBlocklist.of(List.of("1qaz2wsx3edc4rfv", "Zomervakantie", "dragon"));
    private final Username name = Username.of("wijkagent.noord");

    @Test
    void listedPasswordsAreRefusedWhateverTheirCapitalsOrSpaces() {
        assertThat(list.refuses("1QAZ2WSX3EDC4RFV", name)).isTrue();
        assertThat(list.refuses("zomer vakantie", name)).isTrue();
        assertThatThrownBy(() -> list.check("1qaz2wsx3edc4rfv", name)).isInstanceOf(DomainException.class)
                .hasMessageContaining("list of common or leaked passwords")
                .extracting(e -> ((DomainException) e).code()).isEqualTo("account.password.common");
    }

    @Test
    void simpleVariantsOfAListedWordOrOfThisServiceAreRefused() {
        assertThat(list.refuses("Zomervakantie2026!", name)).as("digits and a sign added").isTrue();
        assertThat(list.refuses("!!Maastricht2026!!", name)).as("the municipality").isTrue();
        assertThat(list.refuses("Sleutelnet123456", name)).as("this service").isTrue();
        assertThat(list.refuses("dragondragondragon", name)).as("repeated").isTrue();
        assertThat(list.refuses("wachtwoordwachtwoord", name)).as("'password' repeated").isTrue();
        assertThat(list.refuses("wijkagent.noord2026", name)).as("the username with digits").isTrue();
    }

    @Test
    void repetitionsAndSequencesAreRefused() {
        assertThat(list.refuses("aaaaaaaaaaaaaaaa", name)).isTrue();
        assertThat(list.refuses("abcabcabcabcabcabc", name)).isTrue();
        assertThat(list.refuses("123456789012345", name)).isTrue();
        assertThat(list.refuses("abcdefghijklmnop", name)).isTrue();
        assertThat(list.refuses("9876543210987654", name)).isTrue();
    }

    @Test
    void passPhrasesAndOrdinaryLongPasswordsPass() {
        assertThat(list.refuses("een fiets op de brug bij de Maas", name)).isFalse();
        assertThat(list.refuses("dragon vliegt over Maastricht", name)).isFalse();
        assertThat(list.refuses("Zomervakantie in Zeeland 2026", name)).isFalse();
        assertThat(list.refuses("x7#Lq9!vR2@mW4$t", name)).isFalse();
    }
}
