package nl.sleutelnet.domain.account;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sleutelnet.domain.shared.DomainException;

/**
 * Passwords that are refused however long they are, as NIST SP 800-63B asks: those on a list of common and leaked
 * passwords (the application ships one), words that belong to this service (Sleutelnet, the municipality), the
 * username, and simple variants of any of these: with digits or signs before or after ("Maastricht2026!"), repeated
 * ("welkomwelkomwelkom"), in other capitals or with spaces. Also refused: one short run repeated ("abcabcabc...", a
 * single character) and a plain sequence ("123456789012345", "abcdefghijklmnop"). There are no composition rules.
 */
public final class PasswordBlocklist {

    /** Words of this service and its users that an attacker would try first; always refused, list or not. */
    public static final Set<String> CONTEXT_WORDS = ImmutableSet.of("sleutelnet", "sleutelpersoon", "sleutelpersonen",
            "maastricht", "gemeente", "gemeentemaastricht", "polarisatie", "regisseur", "netwerkregie", "wachtwoord",
            "welkom", "welkom01", "password", "geheim", "inloggen", "beheerder", "admin", "wijkagent");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern AFFIXES = Pattern.compile("^[^\\p{L}]*(.*?)[^\\p{L}]*$");
    private static final Pattern REPEATED = Pattern.compile("^(.+?)\\1+$");
    private static final int MIN_DISTINCT = 5;
    private static final int SHORT_UNIT = 4;

    /** Where the passwords come from: the supplier given to {@link #loadedOnFirstUse}, or null when given. */
    private final Supplier<? extends Collection<String>> source;
    private volatile ImmutableSet<String> entries;

    private PasswordBlocklist(ImmutableSet<String> entries) {
        this.source = null;
        this.entries = entries;
    }

    private PasswordBlocklist(Supplier<? extends Collection<String>> source) {
        this.source = source;
    }

    /** A blocklist of these passwords (compared without capitals or spaces), on top of the context words. */
    public static PasswordBlocklist of(Collection<String> passwords) {
        return new PasswordBlocklist(normalised(passwords));
    }

    /**
     * A blocklist of the passwords the supplier gives, asked for and normalised only when the list is first needed
     * (a password checked, or {@link #size()}), once, however many threads need it at the same time; until then the
     * list costs nothing, so that a start that sets no password does not read it. Refuses exactly what
     * {@link #of(Collection)} of the same passwords refuses. When the supplier throws, the check that needed the list
     * throws the same exception (no password is accepted without the list) and the next check asks again.
     */
    public static PasswordBlocklist loadedOnFirstUse(Supplier<? extends Collection<String>> passwords) {
        return new PasswordBlocklist(checkNotNull(passwords, "passwords"));
    }

    private ImmutableSet<String> entries() {
        ImmutableSet<String> loaded = entries;
        if (loaded == null) {
            synchronized (this) {
                loaded = entries;
                if (loaded == null) {
                    loaded = normalised(checkNotNull(source.get(), "the supplier gave no passwords"));
                    entries = loaded;
                }
            }
        }
        return loaded;
    }

    private static ImmutableSet<String> normalised(Collection<String> passwords) {
        ImmutableSet.Builder<String> normalised = ImmutableSet.builder();
        for (String password : checkNotNull(passwords, "passwords")) {
            String n = normalise(password);
            if (!n.isEmpty()) {
                normalised.add(n);
            }
        }
        normalised.addAll(CONTEXT_WORDS);
        return normalised.build();
    }

    /** Only the context words and the pattern checks: for tests and embedders without a list. */
    public static PasswordBlocklist contextOnly() {
        return of(Set.of());
    }

    /** How many listed passwords (context words included) there are. */
    public int size() {
        return entries().size();
    }

    /** @throws DomainException {@code account.password.common} when the password is refused */
    public void check(String password, Username username) {
        if (refuses(password, username)) {
            throw DomainException.invalid("account.password.common", "This password is on a list of common or "
                    + "leaked passwords, or is a simple variant of one (a word with digits added, repeated, the "
                    + "username or the name of this service). Choose another: a sentence of a few words works well.");
        }
    }

    public boolean refuses(String password, Username username) {
        checkNotNull(password, "password");
        String n = normalise(password);
        String name = username == null ? null : normalise(username.value());
        if (listed(n, name) || n.codePoints().distinct().count() < MIN_DISTINCT || sequence(n)) {
            return true;
        }
        Matcher core = AFFIXES.matcher(n);
        if (core.matches() && !core.group(1).isEmpty() && listed(core.group(1), name)) {
            return true;
        }
        for (String candidate : new String[] {n, core.matches() ? core.group(1) : n}) {
            Matcher repeated = REPEATED.matcher(candidate);
            if (repeated.matches() && (repeated.group(1).length() <= SHORT_UNIT || listed(repeated.group(1), name))) {
                return true;
            }
        }
        return false;
    }

    private boolean listed(String candidate, String name) {
        return entries().contains(candidate) || candidate.equals(name);
    }

    /** Every next character one up (or one down) from the last; 9 is followed by 0 and the other way round. */
    private static boolean sequence(String n) {
        int[] c = n.codePoints().toArray();
        if (c.length < 3) {
            return false;
        }
        int step = step(c[0], c[1]);
        if (step == 0) {
            return false;
        }
        for (int i = 2; i < c.length; i++) {
            if (step(c[i - 1], c[i]) != step) {
                return false;
            }
        }
        return true;
    }

    private static int step(int from, int to) {
        if (to - from == 1 || (from == '9' && to == '0')) {
            return 1;
        }
        if (from - to == 1 || (from == '0' && to == '9')) {
            return -1;
        }
        return 0;
    }

    private static String normalise(String password) {
        return WHITESPACE.matcher(password.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    }

    @Override
    public String toString() {
        ImmutableSet<String> loaded = entries;
        return "PasswordBlocklist[" + (loaded == null ? "not read yet" : loaded.size() + " passwords") + "]";
    }
}
