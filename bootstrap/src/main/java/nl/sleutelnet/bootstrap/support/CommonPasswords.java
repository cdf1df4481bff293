package nl.sleutelnet.bootstrap.support;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.sleutelnet.domain.account.PasswordBlocklist;

/**
 * The list of common and leaked passwords the application ships: the 30,000 most common passwords of public
 * leaked-password collections, as the zxcvbn4j library (MIT licence, a Maven Central dependency) carries them. It is
 * read from that library at start, not copied into this repository. Loaded once.
 */
public final class CommonPasswords {

    /** Fewer than this and the list did not load as expected: better to stop than to accept any password. */
    static final int EXPECTED_AT_LEAST = 25_000;

    private static volatile PasswordBlocklist blocklist;

    private CommonPasswords() {
    }

    public static PasswordBlocklist blocklist() {
        PasswordBlocklist loaded = blocklist;
        if (loaded == null) {
            synchronized (CommonPasswords.class) {
                loaded = blocklist;
                if (loaded == null) {
                    loaded = PasswordBlocklist.of(load());
                    blocklist = loaded;
                }
            }
        }
        return loaded;
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
