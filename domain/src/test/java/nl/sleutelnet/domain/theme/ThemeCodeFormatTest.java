package nl.sleutelnet.domain.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The character loop of {@link ThemeCode#wellFormed} accepts exactly what the regular expression it replaced did. */
class ThemeCodeFormatTest {

    private static final Pattern BEFORE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "z", "wij-zij", "a-1", "a1-b2-c3", "-a", "a-", "a--b", "1a", "A", "wij zij",
            "wij_zij", "é", "a-é", "religie", "overheidsmaatregelen", "a-b-", "ab-cd-ef", "a0", "a-0-z"})
    void edgeCases(String value) {
        assertThat(ThemeCode.wellFormed(value)).as(value).isEqualTo(BEFORE.matcher(value).matches());
    }

    @Property(tries = 3000)
    void randomText(@ForAll("codeLike") String value) {
        assertThat(ThemeCode.wellFormed(value)).as(value).isEqualTo(BEFORE.matcher(value).matches());
    }

    @Provide
    Arbitrary<String> codeLike() {
        return Arbitraries.strings().withChars("abz09-AZ_ é").ofMinLength(0).ofMaxLength(12);
    }
}
