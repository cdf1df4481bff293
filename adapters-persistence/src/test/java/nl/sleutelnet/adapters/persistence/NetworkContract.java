package nl.sleutelnet.adapters.persistence;

import static nl.sleutelnet.domain.testdata.AccountBuilder.anAccount;
import static nl.sleutelnet.domain.testdata.KeyPersonBuilder.COORDINATOR;
import static nl.sleutelnet.domain.testdata.KeyPersonBuilder.aKeyPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.application.port.out.KeyPersonRepository.Search;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.ContactDetails;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.LanguageCode;
import nl.sleutelnet.domain.network.LegalBasis;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Nomination;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.PartnerId;
import nl.sleutelnet.domain.network.PartnerKind;
import nl.sleutelnet.domain.network.ProcessingPurpose;
import nl.sleutelnet.domain.network.Reach;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.network.TieId;
import nl.sleutelnet.domain.network.TieKind;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every persistence adapter must do with key persons, partners and ties; run on memory, H2 and PostgreSQL. */
public abstract class NetworkContract {

    private static final Instant T = Instant.parse("2025-03-01T10:00:00.123456Z");

    protected Persistence store;

    protected abstract Persistence freshInstallation();

    @BeforeEach
    void install() {
        store = freshInstallation();
    }

    @Test
    void aKeyPersonRoundTripsWithEveryField() {
        Account contact = store.accounts().save(anAccount().named("regisseur").build());
        MemberRef nominator = store.partners().save(partner("Wijkagent Malberg", "BU09350207")).asMember();
        KeyPerson.Profile profile = new KeyPerson.Profile("Fatima el Idrissi",
                new ContactDetails("fatima@example.org", "06 1234 5678"),
                Set.of(NeighbourhoodCode.of("BU09350207"), NeighbourhoodCode.of("BU09350206")),
                List.of(new Reach("ouders van basisschool De Spoorzoeker"), new Reach("actief in buurthuis Malberg")),
                Set.of(ThemeCode.of("wij-zij"), ThemeCode.of("discriminatie")),
                Set.of(LanguageCode.of("nl"), LanguageCode.of("ar")), contact.id(), "Liefst 's avonds bellen.");
        KeyPerson person = KeyPerson.register(new KeyPersonId(UUID.randomUUID()), profile,
                LegalBasis.consent(LocalDate.of(2025, 2, 20), EnumSet.of(ProcessingPurpose.NETWORK_CONTACT,
                        ProcessingPurpose.POLLS), "getekend formulier"),
                new Nomination(nominator, "Kent veel ouders"), T, COORDINATOR)
                .changeStatus(KeyPersonStatus.ACTIVE, T.plusSeconds(3600), "Kennismaking", COORDINATOR)
                .recordContact(LocalDate.of(2025, 3, 2))
                .withdrawConsent(LocalDate.of(2025, 4, 1), T.plusSeconds(7200), COORDINATOR);

        KeyPerson saved = store.keyPersons().save(person);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.snapshot()).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(person.snapshot());
        assertThat(store.keyPersons().findById(person.id())).contains(saved);
        assertThat(saved.status()).isEqualTo(KeyPersonStatus.PAUSED);
        assertThat(saved.history()).hasSize(3);
    }

    @Test
    void theHistoryGrowsWithEverySaveAndAStaleSaveIsRefused() {
        KeyPerson saved = store.keyPersons().save(aKeyPerson().candidate().build());
        KeyPerson active = store.keyPersons().save(saved.changeStatus(KeyPersonStatus.ACTIVE, T, "Start",
                COORDINATOR));
        KeyPerson paused = store.keyPersons().save(active.changeStatus(KeyPersonStatus.PAUSED, T.plusSeconds(1),
                "Vakantie", COORDINATOR));
        assertThat(paused.history()).extracting(c -> c.to()).containsExactly(KeyPersonStatus.CANDIDATE,
                KeyPersonStatus.ACTIVE, KeyPersonStatus.PAUSED);
        assertThatThrownBy(() -> store.keyPersons().save(active.changeStatus(KeyPersonStatus.DEPARTED,
                T.plusSeconds(2), "Weg", COORDINATOR))).isInstanceOf(StaleVersionException.class);
        assertThat(store.keyPersons().findById(saved.id()).orElseThrow().status()).isEqualTo(KeyPersonStatus.PAUSED);
    }

    @Test
    void keyPersonsAreSearchedByBuurtThemeStatusTextAndPaged() {
        store.keyPersons().save(aKeyPerson().named("Anna").activeIn("BU09350207").helpingWith("wij-zij").build());
        store.keyPersons().save(aKeyPerson().named("bram").activeIn("BU09350207", "BU09350000")
                .helpingWith("religie").build());
        store.keyPersons().save(aKeyPerson().named("Chris").activeIn("BU09350000").candidate()
                .withEmail("chris@malberg.example").build());
        store.keyPersons().save(aKeyPerson().named("Dewi").activeIn("BU09350602").build());

        assertThat(names(search(null, null, null, null, Set.of(), 0, 10))).containsExactly("Anna", "bram", "Chris",
                "Dewi");
        assertThat(names(search("BU09350207", null, null, null, Set.of(), 0, 10))).containsExactly("Anna", "bram");
        assertThat(names(search(null, "religie", null, null, Set.of(), 0, 10))).containsExactly("bram");
        assertThat(names(search(null, null, KeyPersonStatus.CANDIDATE, null, Set.of(), 0, 10)))
                .containsExactly("Chris");
        assertThat(names(search(null, null, null, "MALBERG", Set.of(), 0, 10))).containsExactly("Chris");
        assertThat(names(search(null, null, null, "ra", Set.of(), 0, 10))).containsExactly("bram");
        assertThat(names(search(null, null, null, "a_n", Set.of(), 0, 10))).as("_ is a letter, not a wildcard")
                .isEmpty();
        assertThat(names(search(null, null, null, "%", Set.of(), 0, 10))).isEmpty();
        assertThat(names(search(null, null, null, null, Set.of(NeighbourhoodCode.of("BU09350000"),
                NeighbourhoodCode.of("BU09350602")), 0, 10))).containsExactly("bram", "Chris", "Dewi");

        Page<KeyPerson> second = search(null, null, null, null, Set.of(), 1, 3);
        assertThat(names(second)).containsExactly("Dewi");
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.pages()).isEqualTo(2);
        assertThat(store.keyPersons().findAll()).extracting(KeyPerson::displayName)
                .containsExactly("Anna", "bram", "Chris", "Dewi");
    }

    @Test
    void aPartnerRoundTripsAndIsListedByName() {
        Partner trajekt = store.partners().save(partner("Trajekt welzijn", "BU09350207", "BU09350209"));
        Partner school = store.partners().save(partner("Basisschool De Spoorzoeker", "BU09350207"));
        assertThat(store.partners().findById(trajekt.id())).contains(trajekt);
        Partner inactive = store.partners().save(trajekt.change(trajekt.name(), PartnerKind.WELFARE,
                Set.of(NeighbourhoodCode.of("BU09350209")), new ContactDetails(null, "043 350 3000"), "Gestopt", false));
        assertThat(inactive.version()).isEqualTo(2);
        assertThat(inactive.neighbourhoods()).containsExactly(NeighbourhoodCode.of("BU09350209"));
        assertThat(store.partners().findAll()).containsExactly(school, inactive);
        assertThatThrownBy(() -> store.partners().save(trajekt)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aPairIsTiedOnceAndTiesAreFoundByEitherEnd() {
        MemberRef anna = store.keyPersons().save(aKeyPerson().named("Anna").build()).asMember();
        MemberRef bram = store.keyPersons().save(aKeyPerson().named("Bram").build()).asMember();
        MemberRef agent = store.partners().save(partner("Wijkagent", "BU09350207")).asMember();
        Tie knows = store.ties().save(Tie.connect(new TieId(UUID.randomUUID()), anna, bram, TieKind.KNOWS, 4,
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 5)));
        Tie works = store.ties().save(Tie.connect(new TieId(UUID.randomUUID()), agent, anna, TieKind.WORKS_WITH, 2,
                LocalDate.of(2024, 6, 1), null));

        assertThat(store.ties().findById(knows.id())).contains(knows);
        assertThat(store.ties().findByMember(anna)).containsExactlyInAnyOrder(knows, works);
        assertThat(store.ties().findByMember(bram)).containsExactly(knows);
        assertThat(store.ties().findAll()).hasSize(2);
        assertThatThrownBy(() -> store.ties().save(Tie.connect(new TieId(UUID.randomUUID()), bram, anna,
                TieKind.REFERRED, 1, LocalDate.of(2025, 1, 1), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("tie.exists"));

        Tie changed = store.ties().save(knows.change(TieKind.WORKS_WITH, 5, LocalDate.of(2023, 1, 1))
                .recordContact(LocalDate.of(2025, 2, 1)));
        assertThat(changed.version()).isEqualTo(2);
        assertThatThrownBy(() -> store.ties().delete(knows.id(), 1)).isInstanceOf(StaleVersionException.class);
        store.ties().delete(knows.id(), 2);
        assertThat(store.ties().findByMember(bram)).isEmpty();
    }

    private Page<KeyPerson> search(String buurt, String theme, KeyPersonStatus status, String text,
            Set<NeighbourhoodCode> within, int page, int size) {
        return store.keyPersons().search(new Search(buurt == null ? null : NeighbourhoodCode.of(buurt),
                theme == null ? null : ThemeCode.of(theme), status, text, within, new PageRequest(page, size)));
    }

    private static List<String> names(Page<KeyPerson> page) {
        return page.items().stream().map(KeyPerson::displayName).toList();
    }

    private static Partner partner(String name, String... buurten) {
        Set<NeighbourhoodCode> codes = new java.util.TreeSet<>();
        for (String b : buurten) {
            codes.add(NeighbourhoodCode.of(b));
        }
        return Partner.register(new PartnerId(UUID.randomUUID()), name, PartnerKind.COMMUNITY_POLICE_OFFICER, codes,
                new ContactDetails("partner@example.org", null), "");
    }
}
