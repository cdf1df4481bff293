package nl.sleutelnet.adapters.persistence;

import static nl.sleutelnet.domain.testdata.AccountBuilder.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.ApiToken;
import nl.sleutelnet.domain.account.ApiTokenId;
import nl.sleutelnet.domain.account.ApiTokenSecret;
import nl.sleutelnet.domain.account.PasswordHash;
import nl.sleutelnet.domain.account.Username;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.theme.DefaultThemes;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every persistence adapter must do, run against memory, H2 and PostgreSQL by the subclasses. Each test
 * starts from a fresh installation: Maastricht's register, the default themes, no accounts.
 */
public abstract class PersistenceContract {

    protected Persistence store;

    protected abstract Persistence freshInstallation();

    @BeforeEach
    void install() {
        store = freshInstallation();
    }

    // --- throttle attempts ---

    @Test
    void attemptsAreCountedPerKindAndKeyAfterAMomentAndForgottenByKeyOrAge() {
        Instant t = Instant.parse("2026-11-28T09:00:00Z");
        store.attempts().record("sign-in-username", "a1", t);
        store.attempts().record("sign-in-username", "a1", t.plusSeconds(60));
        store.attempts().record("sign-in-username", "b2", t.plusSeconds(30));
        store.attempts().record("sign-in-address", "a1", t.plusSeconds(10));

        assertThat(store.attempts().since("sign-in-username", "a1", t.minusSeconds(1)))
                .containsExactly(t, t.plusSeconds(60));
        assertThat(store.attempts().since("sign-in-username", "a1", t)).as("after, not at")
                .containsExactly(t.plusSeconds(60));
        assertThat(store.attempts().since("sign-in-address", "a1", t.minusSeconds(1))).as("per kind")
                .containsExactly(t.plusSeconds(10));

        store.attempts().forgetUntil("sign-in-username", t.plusSeconds(30));
        assertThat(store.attempts().since("sign-in-username", "a1", t.minusSeconds(1)))
                .containsExactly(t.plusSeconds(60));
        assertThat(store.attempts().since("sign-in-username", "b2", t.minusSeconds(1))).isEmpty();
        assertThat(store.attempts().since("sign-in-address", "a1", t.minusSeconds(1))).as("other kinds stay")
                .hasSize(1);

        store.attempts().forget("sign-in-username", "a1");
        assertThat(store.attempts().since("sign-in-username", "a1", t.minusSeconds(1))).isEmpty();
        assertThat(store.attempts().since("sign-in-address", "a1", t.minusSeconds(1))).hasSize(1);
    }

    // --- the register ---

    @Test
    void theRegisterHoldsMaastrichtsSevenWijkenAndFortyFourBuurten() {
        assertThat(store.register().districts()).extracting(d -> d.code().value()).containsExactly(
                "WK093500", "WK093501", "WK093502", "WK093503", "WK093504", "WK093505", "WK093506");
        List<Neighbourhood> buurten = store.register().neighbourhoods();
        assertThat(buurten).hasSize(44);
        assertThat(buurten).extracting(Neighbourhood::code).isSorted();
        assertThat(buurten).allSatisfy(b -> assertThat(b.outlineIfKnown()).isPresent());
        assertThat(store.register().districts()).allSatisfy(d -> assertThat(d.outlineIfKnown()).isPresent());
    }

    @Test
    void inhabitantsAreThePublishedCountsAndUnknownsStayEmpty() {
        Neighbourhood binnenstad = store.register().neighbourhood(NeighbourhoodCode.of("BU09350000")).orElseThrow();
        assertThat(binnenstad.name()).isEqualTo("Binnenstad");
        assertThat(binnenstad.inhabitants()).isEqualTo(2325);
        assertThat(binnenstad.inhabitantsYear()).isEqualTo(2025);
        assertThat(store.register().neighbourhoods()).filteredOn(n -> n.inhabitants() == null)
                .extracting(Neighbourhood::name).containsExactlyInAnyOrder("Sint Pieter", "Bosscherveld",
                        "Belvédère", "Lanakerveld", "Beatrixhaven", "Meerssenhoven");
        int total = store.register().neighbourhoods().stream().mapToInt(n -> n.inhabitantsIfKnown().orElse(0)).sum();
        assertThat(total).isEqualTo(125_245);
    }

    @Test
    void aBuurtOutlineSurvivesStorageExactly() {
        Neighbourhood malberg = store.register().neighbourhood(NeighbourhoodCode.of("BU09350207")).orElseThrow();
        assertThat(malberg.outline().outerRing()).hasSize(5);
        assertThat(malberg.outline().outerRing().get(0).longitude()).isBetween(5.6, 5.8);
        assertThat(malberg.outline().outerRing().get(0).latitude()).isBetween(50.8, 50.9);
        District centrum = store.register().district(DistrictCode.of("WK093500")).orElseThrow();
        assertThat(centrum.name()).isEqualTo("Wijk 00 Centrum");
        assertThat(store.register().district(DistrictCode.of("WK093599"))).isEmpty();
        assertThat(store.register().neighbourhood(NeighbourhoodCode.of("BU09359999"))).isEmpty();
    }

    // --- themes ---

    @Test
    void aNewInstallationHasTheDefaultThemesInOrder() {
        assertThat(store.themes().findAll()).extracting(Theme::code)
                .containsExactlyElementsOf(DefaultThemes.all().stream().map(Theme::code).toList());
        assertThat(store.themes().findAll()).allSatisfy(t -> assertThat(t.version()).isEqualTo(1));
    }

    @Test
    void aThemeRoundTripsAndEachSaveRaisesItsVersion() {
        Theme added = store.themes().save(Theme.register(ThemeCode.of("online"), "Online polarisatie",
                "Spanning die online begint", 8));
        assertThat(added.version()).isEqualTo(1);
        assertThat(store.themes().findByCode(ThemeCode.of("online"))).contains(added);

        Theme retired = store.themes().save(added.retire().rename("Online", ""));
        assertThat(retired.version()).isEqualTo(2);
        assertThat(retired.active()).isFalse();
        assertThat(retired.description()).isEmpty();
        assertThat(store.themes().findAll()).last().isEqualTo(retired);
    }

    @Test
    void aStaleThemeIsRefusedAndTheStoredOneKept() {
        Theme religie = store.themes().findByCode(ThemeCode.of("religie")).orElseThrow();
        store.themes().save(religie.rename("Religie", ""));
        assertThatThrownBy(() -> store.themes().save(religie.rename("Geloof", "")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.themes().findByCode(ThemeCode.of("religie")).orElseThrow().name()).isEqualTo("Religie");
    }

    @Test
    void aSecondNewThemeWithTheSameCodeIsRefused() {
        assertThatThrownBy(() -> store.themes().save(Theme.register(ThemeCode.of("religie"), "Dubbel", "", 9)))
                .isInstanceOf(StaleVersionException.class);
    }

    // --- accounts ---

    @Test
    void anAccountRoundTripsWithAllItsFields() {
        Account account = anAccount().named("wijkagent.malberg").withDisplayName("Wijkagent Malberg")
                .withRoles(Role.PROFESSIONAL, Role.KEY_PERSON).activeIn("BU09350207", "BU09350206")
                .withEmail("wijkagent.malberg@maastricht.nl").withPasswordHash("$2a$12$abcdefghijklmnopqrstuv").build();
        Account saved = store.accounts().save(account);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.email()).map(Object::toString).contains("wijkagent.malberg@maastricht.nl");
        assertThat(saved.snapshot()).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(account.snapshot());
        assertThat(store.accounts().findById(account.id())).contains(saved);
        assertThat(store.accounts().findByUsername(Username.of("WIJKAGENT.MALBERG"))).contains(saved);
        assertThat(store.accounts().count()).isEqualTo(1);
    }

    @Test
    void timesKeepMicrosecondsAndCompareEqualAfterReading() {
        Account account = Account.register(new AccountId(UUID.randomUUID()), Username.of("precies"), "Precies",
                EnumSet.of(Role.ANALYST), Set.of(), new PasswordHash("h"), Instant.parse("2026-01-01T10:11:12.123456789Z"));
        Account saved = store.accounts().save(account);
        assertThat(saved.createdAt()).isEqualTo(Instant.parse("2026-01-01T10:11:12.123456Z"));
        assertThat(store.accounts().findById(account.id())).contains(saved);
    }

    @Test
    void accountsAreListedByUsername() {
        store.accounts().save(anAccount().named("zeta").build());
        store.accounts().save(anAccount().named("alfa").build());
        store.accounts().save(anAccount().named("midden").build());
        assertThat(store.accounts().findAll()).extracting(a -> a.username().value())
                .containsExactly("alfa", "midden", "zeta");
    }

    @Test
    void aUsernameIsUnique() {
        store.accounts().save(anAccount().named("regisseur").build());
        assertThatThrownBy(() -> store.accounts().save(anAccount().named("regisseur").build()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("account.username.taken");
                });
        assertThat(store.accounts().count()).isEqualTo(1);
    }

    @Test
    void aStaleAccountIsRefusedAndNothingIsLost() {
        Account saved = store.accounts().save(anAccount().named("regisseur").build());
        Account renamed = store.accounts().save(saved.changeProfile("Nieuwe naam", saved.roles(), Set.of())
                .changeEmail(new nl.sleutelnet.domain.account.EmailAddress("nieuw@maastricht.nl")));
        assertThat(store.accounts().findById(saved.id()).orElseThrow().email()).as("the address is changed too")
                .map(Object::toString).contains("nieuw@maastricht.nl");
        assertThatThrownBy(() -> store.accounts().save(saved.disable()))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.getMessage()).contains("version 1, the current version is 2"));
        assertThat(store.accounts().findById(saved.id())).contains(renamed);
        assertThat(renamed.enabled()).isTrue();
    }

    // --- API tokens ---

    @Test
    void aTokenIsFoundByTheHashOfItsSecretAndItsRevocationIsStored() {
        Account account = store.accounts().save(anAccount().named("koppeling").build());
        ApiToken older = token(account, "Oud", 1, Instant.parse("2026-01-01T09:00:00Z"));
        ApiToken newer = token(account, "Nieuw", 2, Instant.parse("2026-02-01T09:00:00Z"));
        store.apiTokens().save(older);
        store.apiTokens().save(newer);

        assertThat(store.apiTokens().findBySecretHash(secret(2).hash())).contains(newer);
        assertThat(store.apiTokens().findByAccount(account.id())).containsExactly(newer, older);

        ApiToken revoked = older.revoke(Instant.parse("2026-03-01T09:00:00Z"));
        store.apiTokens().save(revoked);
        assertThat(store.apiTokens().findById(older.id())).contains(revoked);
        assertThat(store.apiTokens().findBySecretHash(secret(3).hash())).isEmpty();
    }

    private static ApiToken token(Account account, String name, int fill, Instant at) {
        return ApiToken.issue(new ApiTokenId(UUID.randomUUID()), account.id(), name, secret(fill), at, account.id());
    }

    private static ApiTokenSecret secret(int fill) {
        byte[] bytes = new byte[ApiTokenSecret.RANDOM_BYTES];
        Arrays.fill(bytes, (byte) fill);
        return ApiTokenSecret.fromRandomBytes(bytes);
    }
}
