package nl.sleutelnet.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The format checks of link secrets and their hashes accept exactly what the regular expressions of their
 * documentation accept ({@code [A-Za-z0-9_-]{43}} and {@code [0-9a-f]{64}}), on the edges and on random text.
 */
class LinkSecretsTest {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    /** Each allowed character's neighbours in ASCII, a few look-alikes and characters a regex treats specially. */
    private static final String TRICKY = "/:@[`{-_.+=~ \t\n\r\u0000AZaz09fgFG\u00e9\u0660\u0661\uff10\uff41\u212a"
            + "\u0130\u0131\u017f";

    @Test
    void aSecretIs43UrlSafeBase64Characters() {
        String secret = LinkSecrets.encode(new byte[LinkSecrets.RANDOM_BYTES], "a test secret");
        assertThat(secret).hasSize(43);
        assertThat(LinkSecrets.wellFormed(secret)).isTrue();
        assertThat(LinkSecrets.wellFormed("A".repeat(42) + "-")).isTrue();
        assertThat(LinkSecrets.wellFormed("z".repeat(42) + "_")).isTrue();
        assertThat(LinkSecrets.wellFormed("9".repeat(43))).isTrue();
        assertThat(LinkSecrets.wellFormed(null)).isFalse();
        assertThat(LinkSecrets.wellFormed("")).isFalse();
        assertThat(LinkSecrets.wellFormed("A".repeat(42))).isFalse();
        assertThat(LinkSecrets.wellFormed("A".repeat(44))).isFalse();
        assertThat(LinkSecrets.wellFormed("A".repeat(42) + "=")).isFalse();
        assertThat(LinkSecrets.wellFormed("A".repeat(42) + "\n")).isFalse();
        assertThat(LinkSecrets.wellFormed("A".repeat(43) + "\n")).isFalse();
        assertThat(LinkSecrets.wellFormed("A".repeat(42) + "\u00e9")).isFalse();
        assertThat(LinkSecrets.wellFormed("../../etc/passwd")).isFalse();
    }

    @Test
    void aHashIs64LowerCaseHexDigits() {
        String hash = LinkSecrets.hash("secret");
        assertThat(hash).hasSize(64);
        assertThat(LinkSecrets.isHash(hash)).isTrue();
        assertThat(LinkSecrets.isHash("0".repeat(63) + "f")).isTrue();
        assertThat(LinkSecrets.isHash(null)).isFalse();
        assertThat(LinkSecrets.isHash("")).isFalse();
        assertThat(LinkSecrets.isHash(hash.substring(1))).isFalse();
        assertThat(LinkSecrets.isHash(hash + "0")).isFalse();
        assertThat(LinkSecrets.isHash("0".repeat(63) + "F")).isFalse();
        assertThat(LinkSecrets.isHash("0".repeat(63) + "g")).isFalse();
        assertThat(LinkSecrets.isHash("0".repeat(63) + "\n")).isFalse();
        assertThat(LinkSecrets.isHash("0".repeat(64) + "\n")).isFalse();
        assertThat(LinkSecrets.isHash("0".repeat(63) + "\u0660")).isFalse();
    }

    @Test
    void theChecksAgreeWithTheRegularExpressionsOnEveryEdge() {
        List<String> candidates = new ArrayList<>();
        for (int length : new int[] {0, 1, 42, 43, 44, 63, 64, 65}) {
            for (char c : (TRICKY + "abcdef0123456789").toCharArray()) {
                for (int at : new int[] {0, length / 2, length - 1}) {
                    if (length == 0) {
                        candidates.add("");
                        continue;
                    }
                    StringBuilder s = new StringBuilder("a".repeat(length));
                    s.setCharAt(at, c);
                    candidates.add(s.toString());
                    candidates.add("0".repeat(length).substring(0, at) + c + "0".repeat(length).substring(at + 1));
                }
            }
        }
        for (char c = 0; c < 0x250; c++) {
            candidates.add(String.valueOf(c).repeat(43));
            candidates.add(String.valueOf(c).repeat(64));
        }
        candidates.add("a".repeat(43) + "\n");
        candidates.add("a".repeat(64) + "\n");
        candidates.add("a".repeat(42) + "\ud83d\ude00");
        candidates.add("a".repeat(62) + "\ud83d\ude00");
        for (String candidate : candidates) {
            agree(candidate);
        }
    }

    @Property(tries = 2000)
    void theChecksAgreeWithTheRegularExpressionsOnRandomText(@ForAll("candidates") String candidate) {
        agree(candidate);
    }

    @Provide
    Arbitrary<String> candidates() {
        Arbitrary<Character> near = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.of('a', 'f', 'g', 'z', 'A', 'F', 'Z', '0', '9', '-', '_')),
                Tuple.of(2, Arbitraries.of(TRICKY.chars().mapToObj(c -> (char) c).toList())),
                Tuple.of(1, Arbitraries.chars()));
        return Arbitraries.oneOf(
                near.list().ofSize(43).map(LinkSecretsTest::text),
                near.list().ofSize(64).map(LinkSecretsTest::text),
                near.list().ofMinSize(0).ofMaxSize(70).map(LinkSecretsTest::text),
                Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofMinLength(62).ofMaxLength(66));
    }

    private static String text(List<Character> chars) {
        StringBuilder s = new StringBuilder();
        chars.forEach(s::append);
        return s.toString();
    }

    private static void agree(String candidate) {
        assertThat(LinkSecrets.wellFormed(candidate)).as("wellFormed(%s)", candidate)
                .isEqualTo(FORMAT.matcher(candidate).matches());
        assertThat(LinkSecrets.isHash(candidate)).as("isHash(%s)", candidate)
                .isEqualTo(HASH.matcher(candidate).matches());
    }
}
