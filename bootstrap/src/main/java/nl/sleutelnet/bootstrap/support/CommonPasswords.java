package nl.sleutelnet.bootstrap.support;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.sleutelnet.domain.account.PasswordBlocklist;

/**
 * The list of common and leaked passwords the application ships: the 30,000 most common passwords of public
 * leaked-password collections, as the zxcvbn4j library (MIT licence, a Maven Central dependency) carries them. It is
 * read from that library, not copied into this repository: once, when a password is first checked against it (an
 * account created, a password changed, the first administrator's password), not at every start; reading and
 * normalising it costs about half a second of CPU, which a restart that sets no password never spends.
 */
public final class CommonPasswords {

    /** Fewer than this and the list did not load as expected: better to fail the check than to accept any password. */
    static final int EXPECTED_AT_LEAST = 25_000;

    private static final PasswordBlocklist BLOCKLIST = PasswordBlocklist.loadedOnFirstUse(CommonPasswords::load);

    private CommonPasswords() {
    }

    /**
     * The list, read on its first use (thread-safe, once). A list that does not load as expected (fewer than
     * {@value #EXPECTED_AT_LEAST} passwords, or unreadable) fails that check with an exception: no password is
     * accepted without it.
     */
    public static PasswordBlocklist blocklist() {
        return BLOCKLIST;
    }

    private static List<String> load() {
        try {
            List<String> passwords = StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies();
            if (passwords.size() < EXPECTED_AT_LEAST) {
                throw new IllegalStateException("The list of common passwords from zxcvbn has only "
                        + passwords.size() + " entries; expected at least " + EXPECTED_AT_LEAST);
            }
            return passwords;
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords (zxcvbn) could not be read", e);
        }
    }
}
