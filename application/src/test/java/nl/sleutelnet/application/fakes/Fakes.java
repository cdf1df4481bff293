package nl.sleutelnet.application.fakes;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.sleutelnet.application.port.out.AccountRepository;
import nl.sleutelnet.application.port.out.ApiTokenRepository;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.NeighbourhoodRegister;
import nl.sleutelnet.application.port.out.PasswordHasher;
import nl.sleutelnet.application.port.out.SecretSource;
import nl.sleutelnet.application.port.out.ThemeRepository;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.ApiToken;
import nl.sleutelnet.domain.account.ApiTokenId;
import nl.sleutelnet.domain.account.PasswordHash;
import nl.sleutelnet.domain.account.Username;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * Minimal stand-ins for the outbound ports, for use-case tests in this module (the memory adapter lives in an
 * outer ring this module cannot see). The contract tests in adapters-persistence pin the real behaviour.
 */
public final class Fakes {

    public static final Instant NOW = Instant.parse("2026-03-02T08:30:00Z");

    private Fakes() {
    }

    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** Two wijken of Maastricht with three buurten, one without an inhabitant count. */
    public static NeighbourhoodRegister register() {
        List<District> districts = List.of(new District(DistrictCode.of("WK093500"), "Wijk 00 Centrum", null),
                new District(DistrictCode.of("WK093503"), "Wijk 03 Buitenwijk Noordwest", null));
        List<Neighbourhood> buurten = List.of(
                new Neighbourhood(NeighbourhoodCode.of("BU09350000"), "Binnenstad", 2325, 2025, null),
                new Neighbourhood(NeighbourhoodCode.of("BU09350001"), "Jekerkwartier", 1675, 2025, null),
                new Neighbourhood(NeighbourhoodCode.of("BU09350301"), "Bosscherveld", null, null, null));
        return new NeighbourhoodRegister() {
            @Override
            public List<District> districts() {
                return districts;
            }

            @Override
            public Optional<District> district(DistrictCode code) {
                return districts.stream().filter(d -> d.code().equals(code)).findFirst();
            }

            @Override
            public List<Neighbourhood> neighbourhoods() {
                return buurten;
            }

            @Override
            public Optional<Neighbourhood> neighbourhood(NeighbourhoodCode code) {
                return buurten.stream().filter(n -> n.code().equals(code)).findFirst();
            }
        };
    }

    /** Marks the hash so a test can see it is not the raw password. */
    public static PasswordHasher hasher() {
        return new PasswordHasher() {
            @Override
            public PasswordHash hash(String raw) {
                return new PasswordHash("{fake}" + new StringBuilder(raw).reverse());
            }

            @Override
            public boolean matches(String raw, PasswordHash hash) {
                return hash(raw).equals(hash);
            }
        };
    }

    public static IdGenerator ids() {
        AtomicLong next = new AtomicLong();
        return () -> new UUID(0xabcL, next.incrementAndGet());
    }

    public static SecretSource secrets() {
        AtomicLong next = new AtomicLong();
        return count -> {
            byte[] bytes = new byte[count];
            long seed = next.incrementAndGet();
            for (int i = 0; i < count; i++) {
                bytes[i] = (byte) (seed * 31 + i);
            }
            return bytes;
        };
    }

    /** Attempts in a list, for the throttles. */
    public static final class Attempts implements nl.sleutelnet.application.port.out.AttemptLog {

        private final java.util.List<String[]> rows = new java.util.ArrayList<>();

        @Override
        public void record(String kind, String key, Instant at) {
            rows.add(new String[] {kind, key, at.toString()});
        }

        @Override
        public java.util.List<Instant> since(String kind, String key, Instant after) {
            return rows.stream().filter(r -> r[0].equals(kind) && r[1].equals(key)).map(r -> Instant.parse(r[2]))
                    .filter(t -> t.isAfter(after)).sorted().toList();
        }

        @Override
        public void forget(String kind, String key) {
            rows.removeIf(r -> r[0].equals(kind) && r[1].equals(key));
        }

        @Override
        public void forgetUntil(String kind, Instant until) {
            rows.removeIf(r -> r[0].equals(kind) && !Instant.parse(r[2]).isAfter(until));
        }

        public int size() {
            return rows.size();
        }
    }

    public static final class Accounts implements AccountRepository {
        private final Map<AccountId, Account> byId = new LinkedHashMap<>();

        @Override
        public Optional<Account> findById(AccountId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Account> findByUsername(Username username) {
            return byId.values().stream().filter(a -> a.username().equals(username)).findFirst();
        }

        @Override
        public List<Account> findAll() {
            return byId.values().stream().sorted(Comparator.comparing(a -> a.username().value())).toList();
        }

        @Override
        public long count() {
            return byId.size();
        }

        @Override
        public Account save(Account account) {
            long stored = findById(account.id()).map(Account::version).orElse(0L);
            if (stored != account.version()) {
                throw new StaleVersionException("Account", account.id(), account.version(), stored);
            }
            Account.Snapshot s = account.snapshot();
            Account saved = Account.reconstitute(new Account.Snapshot(s.id(), s.username(), s.displayName(),
                    s.roles(), s.neighbourhoods(), s.email(), s.passwordHash(), s.enabled(), s.createdAt(),
                    s.version() + 1));
            byId.put(saved.id(), saved);
            return saved;
        }
    }

    public static final class Themes implements ThemeRepository {
        private final Map<ThemeCode, Theme> byCode = new LinkedHashMap<>();

        @Override
        public List<Theme> findAll() {
            return new ArrayList<>(byCode.values());
        }

        @Override
        public Optional<Theme> findByCode(ThemeCode code) {
            return Optional.ofNullable(byCode.get(code));
        }

        @Override
        public Theme save(Theme theme) {
            long stored = findByCode(theme.code()).map(Theme::version).orElse(0L);
            if (stored != theme.version()) {
                throw new StaleVersionException("Theme", theme.code(), theme.version(), stored);
            }
            Theme.Snapshot s = theme.snapshot();
            Theme saved = Theme.reconstitute(new Theme.Snapshot(s.code(), s.name(), s.description(), s.active(),
                    s.position(), s.version() + 1));
            byCode.put(saved.code(), saved);
            return saved;
        }
    }

    public static final class Tokens implements ApiTokenRepository {
        private final Map<ApiTokenId, ApiToken> byId = new LinkedHashMap<>();

        @Override
        public Optional<ApiToken> findById(ApiTokenId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<ApiToken> findBySecretHash(String hash) {
            return byId.values().stream().filter(t -> t.secretHash().equals(hash)).findFirst();
        }

        @Override
        public List<ApiToken> findByAccount(AccountId accountId) {
            return byId.values().stream().filter(t -> t.accountId().equals(accountId)).toList();
        }

        @Override
        public void save(ApiToken token) {
            byId.put(token.id(), token);
        }
    }
}
