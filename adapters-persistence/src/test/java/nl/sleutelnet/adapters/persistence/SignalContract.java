package nl.sleutelnet.adapters.persistence;

import static nl.sleutelnet.domain.testdata.SignalBuilder.STAFF;
import static nl.sleutelnet.domain.testdata.SignalBuilder.aSignal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.application.port.out.SignalRepository.Search;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.signal.HowObtained;
import nl.sleutelnet.domain.signal.Reporter;
import nl.sleutelnet.domain.signal.Sighting;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.signal.SignalStatus;
import nl.sleutelnet.domain.temperature.Reliability;
import nl.sleutelnet.domain.temperature.SignalEvidence;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every persistence adapter must do with signals; run on memory, H2 and PostgreSQL. */
public abstract class SignalContract {

    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    protected Persistence store;

    protected abstract Persistence freshInstallation();

    @BeforeEach
    void install() {
        store = freshInstallation();
    }

    @Test
    void aSignalRoundTripsThroughItsWholeCycle() {
        Signal reported = aSignal().in("BU09350207").about("wij-zij").withIntensity(4).build();
        Signal saved = store.signals().save(reported);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.snapshot()).usingRecursiveComparison().ignoringFields("version").isEqualTo(reported.snapshot());

        Signal seen = saved.addSighting(new Sighting(UUID.randomUUID(), Reporter.openSource("Dagblad De Limburger"),
                HowObtained.MEDIA, T.plusSeconds(3600), T.plusSeconds(7200), "Artikel over de onrust"), STAFF)
                .assess(Reliability.HIGH, "Bevestigd door twee bronnen", T.plusSeconds(8000), STAFF);
        Signal second = store.signals().save(seen);
        assertThat(second.independentSources()).isEqualTo(2);
        assertThat(store.signals().findById(reported.id())).as("a save returns the signal as stored").contains(second);
        Signal closed = store.signals().save(second.noAction("De buurt pakt het zelf op", T.plusSeconds(9000), STAFF)
                .close("Afgesloten na overleg", T.plusSeconds(9500), STAFF));
        assertThat(closed.status()).isEqualTo(SignalStatus.CLOSED);
        assertThat(store.signals().findById(reported.id())).contains(closed);
        assertThat(store.signals().findByTrackingCode(reported.trackingCode())).contains(closed);
        assertThat(closed.history()).hasSize(5);
        assertThatThrownBy(() -> store.signals().save(second.assign(new AccountId(UUID.randomUUID()), T, STAFF)))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void signalsAreSearchedNewestFirstByStatusBuurtThemeAssigneeAndAge() {
        Signal old = store.signals().save(aSignal().in("BU09350207").about("wij-zij").withIntensity(5)
                .receivedAt(T.minusSeconds(86_400 * 3)).build());
        Signal recent = store.signals().save(aSignal().in("BU09350000").about("religie").withIntensity(2)
                .receivedAt(T).build());
        Signal assessed = store.signals().save(aSignal().in("BU09350207").about("religie")
                .receivedAt(T.minusSeconds(3600)).build().assess(Reliability.LOW, "Gerucht", T, STAFF));

        assertThat(search(null, null, null, null, null, Set.of())).containsExactly(recent, assessed, old);
        assertThat(search(Set.of(SignalStatus.RECEIVED), null, null, null, null, Set.of()))
                .containsExactly(recent, old);
        assertThat(search(null, "BU09350207", null, null, null, Set.of())).containsExactly(assessed, old);
        assertThat(search(null, null, "religie", null, null, Set.of())).containsExactly(recent, assessed);
        assertThat(search(null, null, null, 5, T.minusSeconds(86_400), Set.of())).containsExactly(old);
        assertThat(search(null, null, null, null, null, Set.of(NeighbourhoodCode.of("BU09350000"))))
                .containsExactly(recent);
        assertThat(store.signals().search(new Search(null, null, null, STAFF, null, null, Set.of(),
                new PageRequest(1, 2))).items()).containsExactly(old);
    }

    @Test
    void theTemperatureWindowReadsOnlyWhatWasObservedSince() {
        Signal old = store.signals().save(aSignal().receivedAt(T.minusSeconds(86_400 * 100)).build());
        Signal recent = store.signals().save(aSignal().receivedAt(T).build());
        assertThat(store.signals().findObservedSince(T.minusSeconds(86_400))).containsExactly(recent);
        Signal seenAgain = store.signals().save(old.addSighting(new Sighting(UUID.randomUUID(),
                Reporter.openSource("buurtapp"), HowObtained.PUBLIC_ONLINE, T.minusSeconds(600), T.minusSeconds(500),
                ""), STAFF));
        assertThat(store.signals().findObservedSince(T.minusSeconds(86_400)))
                .as("a recent sighting brings an old signal back into the window").containsExactly(recent, seenAgain);
    }

    /**
     * More signals in the window than the JDBC adapter puts in one {@code in} list (1,000 ids; PostgreSQL refuses a
     * statement of more than 32,767 parameters): every signal is still read whole, with its sightings and history,
     * the ones of the second list as much as those of the first.
     */
    @Test
    void aWindowOfMoreSignalsThanOneListOfIdsIsReadWhole() {
        List<Signal> saved = new java.util.ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            saved.add(store.signals().save(aSignal().in(i % 2 == 0 ? "BU09350207" : "BU09350000").about("wij-zij")
                    .receivedAt(T.minusSeconds(1_001 - i)).build()));
        }
        Signal oldest = saved.get(0);
        saved.set(0, store.signals().save(oldest.addSighting(new Sighting(UUID.randomUUID(),
                Reporter.openSource("buurtapp"), HowObtained.PUBLIC_ONLINE, T.minusSeconds(600), T.minusSeconds(500),
                ""), STAFF)));

        List<Signal> window = store.signals().findObservedSince(T.minusSeconds(86_400));

        assertThat(window).hasSize(1_001).containsExactlyElementsOf(com.google.common.collect.Lists.reverse(saved));
        assertThat(window.get(1_000).sightings()).as("the oldest, last of the second list")
                .hasSize(oldest.sightings().size() + 1);
        assertThat(window.get(1_000).history()).hasSameSizeAs(saved.get(0).history());
        assertThat(store.signals().findAllById(saved.stream().map(Signal::id).toList()))
                .as("the same signals asked for by id, more than one list of them").containsExactlyElementsOf(saved);
    }

    @Test
    void signalsAskedForByIdAreReadWholeInTheOrderAskedEachOnce() {
        Signal first = store.signals().save(aSignal().in("BU09350207").about("wij-zij").receivedAt(T).build());
        Signal second = store.signals().save(aSignal().in("BU09350000").about("religie")
                .receivedAt(T.minusSeconds(60)).build());
        Signal seen = store.signals().save(second.addSighting(new Sighting(UUID.randomUUID(),
                Reporter.openSource("buurtapp"), HowObtained.PUBLIC_ONLINE, T, T.plusSeconds(60), ""), STAFF));
        SignalId unknown = new SignalId(UUID.randomUUID());

        assertThat(store.signals().findAllById(List.of(seen.id(), unknown, first.id(), seen.id())))
                .as("in the order asked, each once, an unknown id left out").containsExactly(seen, first);
        assertThat(store.signals().findAllById(List.of(seen.id())).get(0).sightings()).hasSize(1);
        assertThat(store.signals().findAllById(List.of())).isEmpty();
    }

    @Test
    void theTemperatureWindowOfSomeCellsReadsOnlyTheEvidenceAboutThem() {
        Signal here = store.signals().save(aSignal().in("BU09350207").about("wij-zij").receivedAt(T).build());
        Signal hereAndThere = store.signals().save(aSignal().in("BU09350000", "BU09350207")
                .about("religie", "discriminatie").receivedAt(T.minusSeconds(60)).build());
        store.signals().save(aSignal().in("BU09350000").about("wij-zij").receivedAt(T).build());
        store.signals().save(aSignal().in("BU09350207").about("complotdenken").receivedAt(T).build());
        store.signals().save(aSignal().in("BU09350207").about("wij-zij").receivedAt(T.minusSeconds(86_400 * 100))
                .build());
        Set<NeighbourhoodCode> buurten = Set.of(NeighbourhoodCode.of("BU09350207"), NeighbourhoodCode.of("BU09350302"));
        Set<ThemeCode> themes = Set.of(ThemeCode.of("wij-zij"), ThemeCode.of("religie"));
        assertThat(store.signals().evidenceObservedSince(T.minusSeconds(86_400), buurten, themes))
                .as("recent evidence about one of the buurten and one of the themes, newest signal first")
                .containsExactly(cell(here, "BU09350207", "wij-zij"), cell(hereAndThere, "BU09350207", "religie"));
        assertThat(store.signals().evidenceObservedSince(T.minusSeconds(86_400), Set.of(),
                Set.of(ThemeCode.of("wij-zij")))).isEmpty();
    }

    @Test
    void theEvidenceOfSomeCellsIsWhatTheWholeSignalsSay() {
        Signal many = store.signals().save(aSignal().in("BU09350207", "BU09350000").about("wij-zij", "religie")
                .withIntensity(4).receivedAt(T.minusSeconds(7200)).build());
        // sightings: the same open source in other letters (one source), another open source, and a staff member
        Signal seen = store.signals().save(many
                .addSighting(new Sighting(UUID.randomUUID(), Reporter.openSource("Dagblad De Limburger"),
                        HowObtained.MEDIA, T.minusSeconds(3600), T.minusSeconds(3500), ""), STAFF)
                .addSighting(new Sighting(UUID.randomUUID(), Reporter.openSource("DAGBLAD de limburger"),
                        HowObtained.MEDIA, T.minusSeconds(1800), T.minusSeconds(1700), ""), STAFF)
                .addSighting(new Sighting(UUID.randomUUID(), Reporter.openSource("buurtapp"),
                        HowObtained.PUBLIC_ONLINE, T.minusSeconds(900), T.minusSeconds(800), ""), STAFF)
                .assess(Reliability.HIGH, "Bevestigd", T.minusSeconds(600), STAFF));
        Signal alone = store.signals().save(aSignal().in("BU09350207").about("wij-zij").withIntensity(2)
                .receivedAt(T).build());
        Set<NeighbourhoodCode> buurten = Set.of(NeighbourhoodCode.of("BU09350207"), NeighbourhoodCode.of("BU09350000"));
        Set<ThemeCode> themes = Set.of(ThemeCode.of("wij-zij"), ThemeCode.of("religie"));

        List<SignalEvidence> evidence = store.signals().evidenceObservedSince(T.minusSeconds(86_400), buurten, themes);

        assertThat(evidence).containsExactlyInAnyOrderElementsOf(
                store.signals().findObservedSince(T.minusSeconds(86_400)).stream()
                        .flatMap(s -> s.evidence().stream()).toList());
        assertThat(evidence).filteredOn(e -> e.signalId().equals(seen.id().value())).hasSize(4)
                .allSatisfy(e -> {
                    assertThat(e.independentSources()).as("the reporter, the newspaper (twice), the app").isEqualTo(3);
                    assertThat(e.reliability()).isEqualTo(Reliability.HIGH);
                    assertThat(e.lastObservedAt()).isEqualTo(T.minusSeconds(900));
                });
        assertThat(evidence.get(0).signalId()).as("newest signal first").isEqualTo(alone.id().value());
    }

    @Test
    void theEvidenceOfTheWholeWindowIsWhatItsSignalsSayNewestFirst() {
        Signal many = store.signals().save(aSignal().in("BU09350207", "BU09350000").about("wij-zij", "religie")
                .withIntensity(4).receivedAt(T.minusSeconds(7200)).build());
        Signal seen = store.signals().save(many
                .addSighting(new Sighting(UUID.randomUUID(), Reporter.openSource("Dagblad De Limburger"),
                        HowObtained.MEDIA, T.minusSeconds(3600), T.minusSeconds(3500), ""), STAFF)
                .addSighting(new Sighting(UUID.randomUUID(), Reporter.openSource("buurtapp"),
                        HowObtained.PUBLIC_ONLINE, T.minusSeconds(900), T.minusSeconds(800), ""), STAFF)
                .assess(Reliability.MEDIUM, "Aannemelijk", T.minusSeconds(600), STAFF));
        Signal alone = store.signals().save(aSignal().in("BU09350302").about("complotdenken").withIntensity(2)
                .receivedAt(T).build());
        Signal between = store.signals().save(aSignal().in("BU09350000").about("discriminatie", "wij-zij")
                .receivedAt(T.minusSeconds(3000)).build());
        store.signals().save(aSignal().in("BU09350207").about("wij-zij").receivedAt(T.minusSeconds(86_400 * 100))
                .build());

        List<SignalEvidence> evidence = store.signals().evidenceObservedSince(T.minusSeconds(86_400));

        List<Signal> window = store.signals().findObservedSince(T.minusSeconds(86_400));
        assertThat(window).containsExactly(alone, between, seen);
        assertThat(evidence).as("every cell of every signal in the window, and nothing older")
                .containsExactlyInAnyOrderElementsOf(window.stream().flatMap(s -> s.evidence().stream()).toList())
                .hasSize(7);
        assertThat(evidence.stream().map(SignalEvidence::signalId).distinct())
                .as("newest signal first: the order in which each cell sums its evidence")
                .containsExactly(alone.id().value(), between.id().value(), seen.id().value());
        assertThat(evidence).filteredOn(e -> e.signalId().equals(seen.id().value())).allSatisfy(e -> {
            assertThat(e.independentSources()).isEqualTo(3);
            assertThat(e.reliability()).isEqualTo(Reliability.MEDIUM);
            assertThat(e.lastObservedAt()).isEqualTo(T.minusSeconds(900));
        });
        assertThat(store.signals().evidenceObservedSince(T.plusSeconds(1))).isEmpty();
    }

    private static SignalEvidence cell(Signal signal, String buurt, String theme) {
        return signal.evidence().stream()
                .filter(e -> e.buurt().value().equals(buurt) && e.theme().value().equals(theme)).findFirst()
                .orElseThrow();
    }

    @Test
    void aSightingMovesASignalInTheWindowOfItsCellsToo() {
        Signal old = store.signals().save(aSignal().in("BU09350207").about("wij-zij")
                .receivedAt(T.minusSeconds(86_400 * 100)).build());
        Set<NeighbourhoodCode> malberg = Set.of(NeighbourhoodCode.of("BU09350207"));
        Set<ThemeCode> wijZij = Set.of(ThemeCode.of("wij-zij"));
        assertThat(store.signals().evidenceObservedSince(T.minusSeconds(86_400), malberg, wijZij)).isEmpty();
        Signal seenAgain = store.signals().save(old.addSighting(new Sighting(UUID.randomUUID(),
                Reporter.openSource("buurtapp"), HowObtained.PUBLIC_ONLINE, T.minusSeconds(600), T.minusSeconds(500),
                ""), STAFF));
        assertThat(store.signals().evidenceObservedSince(T.minusSeconds(86_400), malberg, wijZij))
                .containsExactlyElementsOf(seenAgain.evidence());
        assertThat(store.signals().evidenceObservedSince(T.minusSeconds(86_400 * 101), malberg, wijZij))
                .as("once, at its new moment").containsExactlyElementsOf(seenAgain.evidence());
    }

    @Test
    void aTrackingCodeIsUsedOnce() {
        Signal first = store.signals().save(aSignal().build());
        Signal.Snapshot s = aSignal().build().snapshot();
        Signal twin = Signal.reconstitute(new Signal.Snapshot(s.id(), s.report(), s.receivedAt(), first.trackingCode(),
                s.assignee(), s.status(), s.assessment(), s.interventionId(), s.noActionReason(), s.sightings(),
                s.history(), 0));
        assertThatThrownBy(() -> store.signals().save(twin))
                .isInstanceOfSatisfying(nl.sleutelnet.domain.shared.DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("signal.tracking-code.taken"));
    }

    private List<Signal> search(Set<SignalStatus> statuses, String buurt, String theme, Integer intensity,
            Instant before, Set<NeighbourhoodCode> within) {
        return store.signals().search(new Search(statuses, buurt == null ? null : NeighbourhoodCode.of(buurt),
                theme == null ? null : ThemeCode.of(theme), null, intensity, before, within,
                new PageRequest(0, 50))).items();
    }

    @Test
    void aRequestKeyStoresOneSignalAndFindsItAgain() {
        AccountId account = new AccountId(UUID.randomUUID());
        SignalRepository.RequestKey key = new SignalRepository.RequestKey(account, "melding-1", "a".repeat(64));
        Signal first = store.signals().saveNew(aSignal().in("BU09350207").about("wij-zij").build(), key);

        assertThat(store.signals().findByRequestKey(account, "melding-1"))
                .contains(new SignalRepository.KeyedSignal(first.id(), "a".repeat(64)));
        assertThat(store.signals().findByRequestKey(account, "melding-2")).isEmpty();
        assertThat(store.signals().findByRequestKey(new AccountId(UUID.randomUUID()), "melding-1"))
                .as("a key belongs to the account that sent it").isEmpty();

        Signal second = aSignal().in("BU09350207").about("wij-zij").build();
        assertThatThrownBy(() -> store.signals().saveNew(second, key))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(SignalRepository.REQUEST_KEY_TAKEN));
        assertThat(store.signals().findById(second.id())).as("nothing stored under a taken key").isEmpty();
        assertThat(search(null, null, null, null, null, Set.of())).containsExactly(first);
    }
}
