package nl.sleutelnet.bootstrap.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.signal.AddSightingUseCase;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.OverdueCheck;
import nl.sleutelnet.application.port.in.signal.RemindOverdueSignalsUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.in.signal.SearchSignalsUseCase;
import nl.sleutelnet.application.port.in.signal.ShowSignalUseCase;
import nl.sleutelnet.application.port.in.signal.SightingCommand;
import nl.sleutelnet.application.port.in.signal.SignalQuery;
import nl.sleutelnet.application.port.in.signal.TrackSignalUseCase;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalEvent;
import nl.sleutelnet.domain.signal.SignalStatus;
import nl.sleutelnet.domain.temperature.Reliability;
import org.junit.jupiter.api.Test;

/** The signal cycle (signaleren, duiden, handelen) through the real core on the memory adapter. */
class SignalUseCasesTest {

    private static final String MALBERG = "BU09350207";
    private static final String WYCK = "BU09350101";

    private final CoreFixture fixture = new CoreFixture();
    private final Actor coordinator = fixture.actor("regisseur", "COORDINATOR");
    private final Actor professional = fixture.actor("wijkagent", "PROFESSIONAL", WYCK);

    /**
     * A key person may report signals, and so add a sighting to their own; a buurt on their account is no licence to
     * read or add to other people's signals there (a sighting answers with the whole signal).
     */
    @Test
    void aKeyPersonAccountWithABuurtCannotReachOtherSignalsThereThroughASighting() {
        Signal someoneElses = reportAs(coordinator, MALBERG, 3);
        Actor keyPerson = fixture.actor("sleutelpersoon.malberg", "KEY_PERSON", MALBERG);
        AddSightingUseCase sightings = fixture.useCase(AddSightingUseCase.class);

        assertThatThrownBy(() -> sightings.addSighting(keyPerson, new SightingCommand(someoneElses.id().value(),
                null, null, null, "OWN_OBSERVATION", null, "Ik zag het ook"))).as("another's signal in their buurt")
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(fixture.useCase(ShowSignalUseCase.class).showSignal(coordinator, someoneElses.id().value())
                .sightings()).as("nothing was added").isEmpty();

        Signal own = reportAs(keyPerson, MALBERG, 2);
        assertThat(sightings.addSighting(keyPerson, new SightingCommand(own.id().value(), null, null, null,
                "OWN_OBSERVATION", null, "Vandaag weer")).sightings()).as("their own signal").hasSize(1);
    }

    private ReportSignalCommand report(String description, String buurt, int intensity) {
        return new ReportSignalCommand(null, null, null, "OWN_OBSERVATION", List.of(buurt), List.of("wij-zij"),
                intensity, description, null, null);
    }

    private Signal reportAs(Actor actor, String buurt, int intensity) {
        return fixture.useCase(ReportSignalUseCase.class).reportSignal(actor,
                report("Onrust bij het winkelcentrum over de nieuwe opvang", buurt, intensity));
    }

    private Signal handle(Actor actor, Signal signal, String step, String reliability, String explanation) {
        return fixture.useCase(HandleSignalUseCase.class).handleSignal(actor, new HandleSignalCommand(
                signal.id().value(), step, reliability, explanation, null, null, signal.version()));
    }

    @Test
    void aReportWithAPhoneNumberIsStoppedAndSaysWhatAndWhereToRemove() {
        assertThatThrownBy(() -> fixture.useCase(ReportSignalUseCase.class).reportSignal(coordinator,
                report("Bel de moeder op 06-12345678, zij weet wie het waren", MALBERG, 3)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("description");
                        assertThat(v.code()).isEqualTo("signal.personal-data");
                        assertThat(v.message()).contains("a phone number", "06-…", "position 18")
                                .as("the error does not repeat the number").doesNotContain("12345678");
                    });
                });
        assertThat(fixture.useCase(SearchSignalsUseCase.class)
                .searchSignals(coordinator, SignalQuery.open(0, 20)).total()).isZero();
    }

    @Test
    void aReportRepeatedWithItsRequestKeyMakesNoSecondSignalAndTheKeyCannotCarryAnotherReport() {
        ReportSignalUseCase intake = fixture.useCase(ReportSignalUseCase.class);
        ReportSignalCommand command = report("Onrust bij het winkelcentrum over de nieuwe opvang", MALBERG, 3);
        Signal first = intake.reportSignalOnce(coordinator, "7d0f5a1e-melding", command);
        Signal again = intake.reportSignalOnce(coordinator, "7d0f5a1e-melding", command);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.trackingCode()).isEqualTo(first.trackingCode());
        assertThat(fixture.useCase(SearchSignalsUseCase.class)
                .searchSignals(coordinator, SignalQuery.open(0, 20)).total()).isEqualTo(1);

        assertThatThrownBy(() -> intake.reportSignalOnce(coordinator, "7d0f5a1e-melding",
                report("Een heel andere melding over het plein", MALBERG, 2)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("signal.request-key.reused"));
        Signal otherAccount = intake.reportSignalOnce(professional, "7d0f5a1e-melding",
                report("Onrust bij het winkelcentrum over de nieuwe opvang", WYCK, 3));
        assertThat(otherAccount.id()).as("keys are per account").isNotEqualTo(first.id());
        assertThatThrownBy(() -> intake.reportSignalOnce(coordinator, "met spatie", command))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("requestKey")));
    }

    @Test
    void theReporterFollowsTheSignalByItsCodeWithoutSeeingTheAssessment() {
        Signal signal = reportAs(coordinator, MALBERG, 3);
        assertThat(signal.status()).isEqualTo(SignalStatus.RECEIVED);
        assertThat(signal.assignee()).isEqualTo(coordinator.accountId());
        assertThat(signal.receivedAt()).isEqualTo(CoreFixture.NOW);

        TrackSignalUseCase track = fixture.useCase(TrackSignalUseCase.class);
        String typed = signal.trackingCode().value().toLowerCase().replace("-", " ");
        assertThat(track.trackSignal(typed)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(SignalStatus.RECEIVED);
            assertThat(r.receivedAt()).isEqualTo(CoreFixture.NOW);
        });

        fixture.clock.advance(Duration.ofHours(3));
        handle(coordinator, signal, "ASSESS", "HIGH", "Bevestigd door de wijkagent");
        assertThat(track.trackSignal(signal.trackingCode().value())).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(SignalStatus.ASSESSED);
            assertThat(r.statusSince()).isEqualTo(CoreFixture.NOW.plus(Duration.ofHours(3)));
        });
        assertThat(track.trackSignal("ABCD-EFGH-JK")).isEmpty();
    }

    @Test
    void theCycleRunsAgainstTheVersionSeenAndEachStepIsInTheHistory() {
        Signal received = reportAs(coordinator, MALBERG, 4);
        Signal assessed = handle(coordinator, received, "ASSESS", "MEDIUM", "Spanning tussen twee groepen");
        assertThat(assessed.reliability()).isEqualTo(Reliability.MEDIUM);

        assertThatThrownBy(() -> handle(coordinator, received, "NO_ACTION", null, "Loopt al"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.STALE));
        assertThatThrownBy(() -> handle(coordinator, assessed, "NO_ACTION", null, " "))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("explanation"));
        assertThatThrownBy(() -> fixture.useCase(HandleSignalUseCase.class).handleSignal(coordinator,
                new HandleSignalCommand(assessed.id().value(), "ACT", null, null, UUID.randomUUID(), null,
                        assessed.version())))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.code())
                                .containsExactly("intervention.not-found"));

        Signal noAction = handle(coordinator, assessed, "NO_ACTION", null, "De buurtbemiddeling pakt het al op");
        Signal closed = handle(coordinator, noAction, "CLOSE", null, "");
        assertThat(closed.status()).isEqualTo(SignalStatus.CLOSED);
        assertThat(closed.noActionReason()).contains("De buurtbemiddeling pakt het al op");
        assertThat(closed.history()).extracting(SignalEvent::kind).containsExactly(SignalEvent.Kind.REPORTED,
                SignalEvent.Kind.ASSESSED, SignalEvent.Kind.NO_ACTION, SignalEvent.Kind.CLOSED);
        assertThatThrownBy(() -> handle(coordinator, closed, "ASSESS", "HIGH", "Toch"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("signal.status.transition"));
    }

    @Test
    void aProfessionalSeesTheSignalsOfTheirBuurtenAndThoseAssignedToThem() {
        Signal inWyck = reportAs(coordinator, WYCK, 2);
        Signal inMalberg = reportAs(coordinator, MALBERG, 2);
        SearchSignalsUseCase search = fixture.useCase(SearchSignalsUseCase.class);

        assertThat(search.searchSignals(professional, SignalQuery.open(0, 20)).items()).extracting(Signal::id)
                .containsExactly(inWyck.id());
        assertThatThrownBy(() -> fixture.useCase(ShowSignalUseCase.class).showSignal(professional,
                inMalberg.id().value())).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));

        Signal assigned = fixture.useCase(HandleSignalUseCase.class).handleSignal(coordinator,
                new HandleSignalCommand(inMalberg.id().value(), "ASSIGN", null, null, null,
                        professional.accountId().value(), inMalberg.version()));
        assertThat(assigned.assignee()).isEqualTo(professional.accountId());
        assertThat(fixture.useCase(ShowSignalUseCase.class).showSignal(professional, inMalberg.id().value()))
                .isEqualTo(assigned);

        Actor analyst = fixture.actor("analist", "ANALYST");
        assertThatThrownBy(() -> search.searchSignals(analyst, SignalQuery.open(0, 20)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSignalNotAssessedInTheTimeForItsIntensityIsOverdue() {
        Signal strong = reportAs(coordinator, MALBERG, 5);
        Signal mild = reportAs(coordinator, MALBERG, 1);
        OverdueCheck overdue = fixture.useCase(OverdueCheck.class);
        SearchSignalsUseCase search = fixture.useCase(SearchSignalsUseCase.class);
        SignalQuery onlyOverdue = new SignalQuery(null, true, null, null, null, 0, 20);

        assertThat(overdue.assessmentDue(strong)).isEqualTo(CoreFixture.NOW.plus(Duration.ofDays(1)));
        assertThat(search.searchSignals(coordinator, onlyOverdue).items()).isEmpty();

        fixture.clock.advance(Duration.ofDays(2));
        assertThat(overdue.isOverdue(strong)).isTrue();
        assertThat(overdue.isOverdue(mild)).isFalse();
        assertThat(search.searchSignals(coordinator, onlyOverdue).items()).extracting(Signal::id)
                .containsExactly(strong.id());

        handle(coordinator, strong, "ASSESS", "LOW", "Gerucht, niet bevestigd");
        assertThat(search.searchSignals(coordinator, onlyOverdue).items()).isEmpty();
    }

    /**
     * The scheduled reminder: each handler hears how many of their signals wait too long, with a link and without
     * a word of the signals themselves; signals of a handler who cannot be reached go to the coordinator.
     */
    @Test
    void handlersAreRemindedOfOverdueSignalsWithACountAndALinkOnly() {
        Actor regisseur = accountWithMail("regisseur.mail", "COORDINATOR", "regisseur@maastricht.nl");
        Actor wijkagent = accountWithMail("wijkagent.mail", "PROFESSIONAL", "wijkagent@maastricht.nl", MALBERG);
        RemindOverdueSignalsUseCase reminder = fixture.useCase(RemindOverdueSignalsUseCase.class);
        ReportSignalUseCase intake = fixture.useCase(ReportSignalUseCase.class);
        String secret = "Onrust bij het winkelcentrum over de nieuwe opvang";
        intake.reportSignal(regisseur, new ReportSignalCommand(null, null, null, "OWN_OBSERVATION", List.of(MALBERG),
                List.of("wij-zij"), 5, secret, null, wijkagent.accountId().value()));
        intake.reportSignal(regisseur, new ReportSignalCommand(null, null, null, "OWN_OBSERVATION", List.of(MALBERG),
                List.of("wij-zij"), 4, secret, null, wijkagent.accountId().value()));
        // assigned to an account without an e-mail address
        intake.reportSignal(regisseur, new ReportSignalCommand(null, null, null, "OWN_OBSERVATION", List.of(WYCK),
                List.of("wij-zij"), 5, secret, null, professional.accountId().value()));
        Signal mild = reportAs(regisseur, MALBERG, 1);
        fixture.notifier.sent.clear(); // the temperature alert these reports raised

        assertThat(reminder.remindOverdueSignals()).as("nothing is late yet")
                .isEqualTo(new RemindOverdueSignalsUseCase.OverdueReminder(0, 0, 0));
        assertThat(fixture.notifier.sent).isEmpty();

        fixture.clock.advance(Duration.ofDays(3));
        assertThat(reminder.remindOverdueSignals())
                .isEqualTo(new RemindOverdueSignalsUseCase.OverdueReminder(3, 2, 0));
        assertThat(fixture.notifier.sent).extracting(Notifier.Message::to)
                .containsExactlyInAnyOrder("wijkagent@maastricht.nl", "regisseur@maastricht.nl");
        Notifier.Message toAgent = fixture.notifier.sent.stream()
                .filter(m -> m.to().equals("wijkagent@maastricht.nl")).findFirst().orElseThrow();
        assertThat(toAgent.subject()).isEqualTo("Sleutelnet: 2 signalen wachten op duiding");
        assertThat(toAgent.body()).contains("/signalen?achterstallig=true", "3 maart 2026 om 09:30")
                .doesNotContain("winkelcentrum");
        Notifier.Message toCoordinator = fixture.notifier.sent.stream()
                .filter(m -> m.to().equals("regisseur@maastricht.nl")).findFirst().orElseThrow();
        assertThat(toCoordinator.subject()).isEqualTo("Sleutelnet: 1 signaal wacht op duiding");
        assertThat(toCoordinator.body()).contains("zonder bereikbare behandelaar").doesNotContain("winkelcentrum");
        assertThat(fixture.useCase(OverdueCheck.class).isOverdue(mild)).isFalse();

        fixture.notifier.sent.clear();
        fixture.notifier.unreachable.add("wijkagent@maastricht.nl");
        assertThat(reminder.remindOverdueSignals()).as("a refused mail is counted, the others still go")
                .isEqualTo(new RemindOverdueSignalsUseCase.OverdueReminder(3, 1, 1));
    }

    private Actor accountWithMail(String username, String role, String email, String... buurten) {
        return fixture.useCase(CreateAccountUseCase.class).createAccount(Actor.system(), new CreateAccountCommand(
                username, username, List.of(role), List.of(buurten), "een test wachtwoord", email)).asActor();
    }

    @Test
    void aSightingByAnotherSourceRaisesTheSourcesAndOneByTheSameSourceDoesNot() {
        KeyPerson anna = fixture.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand("Anna", null, null, List.of(MALBERG), List.of(), List.of("wij-zij"),
                        List.of("nl"), null, null, null, null, null, null));
        Signal signal = fixture.useCase(ReportSignalUseCase.class).reportSignal(coordinator,
                new ReportSignalCommand("KEY_PERSON", anna.id().value(), null, "CONVERSATION", List.of(MALBERG),
                        List.of("wij-zij"), 3, "Ouders bij de school zijn boos over de nieuwe opvang", null, null));
        assertThat(signal.content().reporter().label()).isEmpty();
        AddSightingUseCase sightings = fixture.useCase(AddSightingUseCase.class);

        Signal again = sightings.addSighting(coordinator, new SightingCommand(signal.id().value(), "KEY_PERSON",
                anna.id().value(), null, "CONVERSATION", null, "Weer gehoord op het schoolplein"));
        assertThat(again.independentSources()).isEqualTo(1);
        Instant seen = CoreFixture.NOW.minus(Duration.ofHours(1));
        Actor malbergProfessional = fixture.actor("jongerenwerker", "PROFESSIONAL", MALBERG);
        Signal confirmed = sightings.addSighting(malbergProfessional, new SightingCommand(signal.id().value(),
                "OPEN_SOURCE", null, "Facebookgroep Malberg", "PUBLIC_ONLINE", seen, ""));
        assertThat(confirmed.independentSources()).isEqualTo(2);
        assertThat(confirmed.sightings()).hasSize(2);
        assertThat(confirmed.lastObservedAt()).isEqualTo(CoreFixture.NOW);
        assertThatThrownBy(() -> sightings.addSighting(professional, new SightingCommand(signal.id().value(), null,
                null, null, "OWN_OBSERVATION", null, ""))).as("a signal outside the professional's buurten")
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));

        assertThatThrownBy(() -> sightings.addSighting(coordinator, new SightingCommand(signal.id().value(),
                "KEY_PERSON", UUID.randomUUID(), null, "CONVERSATION", null, "")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code()).containsExactly("member.not-found"));
    }

    @Test
    void anObservationInTheFutureOrAnUnknownBuurtIsRefusedWithEveryProblemAtOnce() {
        assertThatThrownBy(() -> fixture.useCase(ReportSignalUseCase.class).reportSignal(coordinator,
                new ReportSignalCommand(null, null, null, "OWN_OBSERVATION", List.of("BU09999999"),
                        List.of("wij-zij"), 3, "Spanning", CoreFixture.NOW.plus(Duration.ofDays(1)), null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("neighbourhoods", "observedAt"));
        assertThatThrownBy(() -> fixture.useCase(ReportSignalUseCase.class).reportSignal(coordinator,
                new ReportSignalCommand("INFORMANT", null, null, "UNDERCOVER", List.of(MALBERG),
                        List.of("wij-zij"), 7, "Spanning", null, null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("reporterKind", "howObtained", "intensity"));
    }
}
