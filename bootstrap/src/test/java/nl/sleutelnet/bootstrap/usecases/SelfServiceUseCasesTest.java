package nl.sleutelnet.bootstrap.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.audit.RecordDisclosureCommand;
import nl.sleutelnet.application.port.in.audit.RecordDisclosureUseCase;
import nl.sleutelnet.application.port.in.audit.SearchAuditLogUseCase;
import nl.sleutelnet.application.port.in.audit.AuditQuery;
import nl.sleutelnet.application.port.in.intervention.AddParticipantUseCase;
import nl.sleutelnet.application.port.in.intervention.ParticipantCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.ConnectMembersUseCase;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.PartnerCommand;
import nl.sleutelnet.application.port.in.network.RecordLegalBasisUseCase;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.RegisterPartnerUseCase;
import nl.sleutelnet.application.port.in.network.ShowKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.TieCommand;
import nl.sleutelnet.application.port.in.poll.AnswerPollCommand;
import nl.sleutelnet.application.port.in.poll.AnswerPollUseCase;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundCommand;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundUseCase;
import nl.sleutelnet.application.port.in.selfservice.CorrectOwnDetailsCommand;
import nl.sleutelnet.application.port.in.selfservice.CorrectOwnDetailsUseCase;
import nl.sleutelnet.application.port.in.selfservice.ExportKeyPersonDataUseCase;
import nl.sleutelnet.application.port.in.selfservice.HandleDataSubjectRequestUseCase;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport;
import nl.sleutelnet.application.port.in.selfservice.LeaveNetworkUseCase;
import nl.sleutelnet.application.port.in.selfservice.ListDataSubjectRequestsUseCase;
import nl.sleutelnet.application.port.in.selfservice.OpenOwnPollUseCase;
import nl.sleutelnet.application.port.in.selfservice.OpenPersonalLinkUseCase;
import nl.sleutelnet.application.port.in.selfservice.OpenRequest;
import nl.sleutelnet.application.port.in.selfservice.PersonalLinkSession;
import nl.sleutelnet.application.port.in.selfservice.RequestPersonalLinkUseCase;
import nl.sleutelnet.application.port.in.selfservice.SendPersonalLinkUseCase;
import nl.sleutelnet.application.port.in.selfservice.SubmitCorrectionRequestUseCase;
import nl.sleutelnet.application.port.in.selfservice.WithdrawOwnConsentUseCase;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.audit.AuditActor;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.selfservice.RequestKind;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.signal.Signal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The data subject's rights and a key person's self-service ("Mijn Sleutelnet") through the real core: the personal
 * link, what it opens, seeing everything held, correcting, withdrawing consent, leaving, and that a link for one key
 * person can never reach another.
 */
class SelfServiceUseCasesTest {

    private static final String MALBERG = "BU09350207";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/mijn-sleutelnet/([A-Za-z0-9_-]{43})");
    private static final List<String> ALL = List.of("NETWORK_CONTACT", "SIGNALS", "POLLS", "INTERVENTIONS");

    private final CoreFixture fixture = fixture();
    private final Actor coordinator = fixture.actor("regisseur", "COORDINATOR");
    private KeyPerson anna;
    private KeyPerson bram;

    /** The core on the memory adapter; {@code SelfServiceUseCasesOnH2Test} runs the same on JDBC and H2. */
    CoreFixture fixture() {
        return new CoreFixture();
    }

    @BeforeEach
    void network() {
        anna = active("Anna de Vries", "anna@example.org", "CONSENT");
        bram = active("Bram", "bram@example.org", "CONSENT");
    }

    @Test
    void theCoordinatorMailsAPersonalLinkThatOpensASessionForThatOneKeyPersonUntilItExpires() {
        var sent = fixture.useCase(SendPersonalLinkUseCase.class).sendPersonalLink(coordinator, anna.id().value());

        assertThat(sent.expiresAt()).isEqualTo(CoreFixture.NOW.plus(Duration.ofDays(7)));
        Notifier.Message mail = mailTo("anna@example.org");
        assertThat(mail.subject()).isEqualTo("Uw link naar Mijn Sleutelnet");
        assertThat(mail.body()).contains("Beste Anna de Vries").contains("stuur hem niet door")
                .contains("maandag 9 maart 2026 om 09:30");
        PersonalLinkSession session = open(token(mail));
        assertThat(session.state()).isEqualTo(PersonalLinkSession.State.VALID);
        assertThat(session.actor()).hasValueSatisfying(a -> {
            assertThat(a.keyPerson()).isEqualTo(anna.id());
            assertThat(a.roles()).extracting(Enum::name).containsExactly("KEY_PERSON");
        });
        assertThat(session.mayChange()).isTrue();

        fixture.clock.advance(Duration.ofDays(6));
        assertThat(open(token(mail)).state()).as("used again within its time").isEqualTo(PersonalLinkSession.State.VALID);
        fixture.clock.advance(Duration.ofDays(1));
        assertThat(open(token(mail)).state()).isEqualTo(PersonalLinkSession.State.EXPIRED);
        assertThat(open("x".repeat(43)).state()).isEqualTo(PersonalLinkSession.State.UNKNOWN);
        assertThat(open("not a token").state()).isEqualTo(PersonalLinkSession.State.UNKNOWN);
    }

    @Test
    void askingForALinkByEmailMailsOnlyAKnownAddressAndIsThrottledWithoutTellingAnyone() {
        RequestPersonalLinkUseCase request = fixture.useCase(RequestPersonalLinkUseCase.class);

        request.requestPersonalLink("niemand@example.org");
        assertThat(fixture.notifier.sent).isEmpty();

        request.requestPersonalLink(" ANNA@example.org ");
        assertThat(open(token(mailTo("anna@example.org"))).actor().orElseThrow().keyPerson()).isEqualTo(anna.id());

        request.requestPersonalLink("anna@example.org");
        request.requestPersonalLink("anna@example.org");
        request.requestPersonalLink("anna@example.org");
        assertThat(fixture.notifier.sent).as("three links an hour per address").hasSize(3);
        fixture.clock.advance(Duration.ofMinutes(61));
        request.requestPersonalLink("anna@example.org");
        assertThat(fixture.notifier.sent).hasSize(4);
        assertThat(audit("RequestPersonalLinkUseCase")).allSatisfy(e -> {
            assertThat(e.objectId()).isEmpty();
            assertThat(e.dataSubjects()).isEmpty();
        });
    }

    @Test
    void aKeyPersonSeesEverythingHeldOnThemWithoutOtherPeoplesNamesOrTheInternalAssessment() {
        Partner school = fixture.useCase(RegisterPartnerUseCase.class).registerPartner(coordinator,
                new PartnerCommand(null, "Basisschool De Kring", "SCHOOL", List.of(MALBERG), null, null, null, true,
                        0));
        fixture.useCase(ConnectMembersUseCase.class).connect(coordinator, new TieCommand(null, "KEY_PERSON",
                anna.id().value(), "KEY_PERSON", bram.id().value(), "KNOWS", 3, LocalDate.of(2025, 5, 1), null, 0));
        fixture.useCase(ConnectMembersUseCase.class).connect(coordinator, new TieCommand(null, "KEY_PERSON",
                anna.id().value(), "PARTNER", school.id().value(), "WORKS_WITH", 4, LocalDate.of(2024, 9, 1), null,
                0));
        Signal reported = fixture.useCase(ReportSignalUseCase.class).reportSignal(coordinator, new ReportSignalCommand(
                "KEY_PERSON", anna.id().value(), null, "CONVERSATION", List.of(MALBERG), List.of("wij-zij"), 3,
                "Ouders bij de school zijn boos over de nieuwe opvang", null, null));
        fixture.useCase(HandleSignalUseCase.class).handleSignal(coordinator, new HandleSignalCommand(
                reported.id().value(), "ASSESS", "MEDIUM", "Interne duiding: spanning loopt op", null, null,
                reported.version()));
        PollRound round = fixture.useCase(OpenPollRoundUseCase.class).openPollRound(coordinator,
                new OpenPollRoundCommand(List.of(MALBERG), List.of("wij-zij"), null, null, "NONE", ""));
        fixture.useCase(AnswerPollUseCase.class).answerPoll(new AnswerPollCommand(pollToken(mailTo(
                "anna@example.org")), Map.of("wij-zij", 4), "Rustig op straat"));
        Intervention planned = fixture.useCase(PlanInterventionUseCase.class).planIntervention(coordinator,
                new PlanInterventionCommand("Gesprekken bij de school", "Ouders praten met elkaar.", "DIALOGUE",
                        List.of(MALBERG), List.of("wij-zij"), List.of(), null, null));
        fixture.useCase(AddParticipantUseCase.class).addParticipant(coordinator, new ParticipantCommand(
                planned.id().value(), "KEY_PERSON", anna.id().value(), "Leidt de gesprekken met ouders",
                planned.version()));
        fixture.useCase(RecordDisclosureUseCase.class).recordDisclosure(coordinator, new RecordDisclosureCommand(
                "Politie Limburg", "art. 6 lid 1 sub e AVG", "SIGNALS", "SignalExport", "2026-03",
                List.of(anna.id().value())));
        fixture.useCase(ShowKeyPersonUseCase.class).showKeyPerson(coordinator, anna.id().value());

        KeyPersonDataExport export = fixture.useCase(ExportKeyPersonDataUseCase.class).exportKeyPersonData(
                linkFor(anna), anna.id().value());

        assertThat(export.record().displayName()).isEqualTo("Anna de Vries");
        assertThat(export.record().email()).isEqualTo("anna@example.org");
        assertThat(export.record().neighbourhoods()).extracting(KeyPersonDataExport.Named::name)
                .containsExactly("Malberg");
        assertThat(export.record().legalBasis().ground()).isEqualTo("CONSENT");
        assertThat(export.record().legalBasis().howGiven()).isEqualTo("getekend formulier");
        assertThat(export.record().history()).extracting(KeyPersonDataExport.StatusLine::to, 
                KeyPersonDataExport.StatusLine::reason).containsExactly(tuple("CANDIDATE", "Geregistreerd"),
                        tuple("ACTIVE", "Kennismaking"));
        assertThat(export.ties()).extracting(KeyPersonDataExport.TieLine::kind, KeyPersonDataExport.TieLine::otherKind,
                KeyPersonDataExport.TieLine::otherName).containsExactlyInAnyOrder(
                        tuple("KNOWS", "KEY_PERSON", null), tuple("WORKS_WITH", "PARTNER", "Basisschool De Kring"));
        assertThat(export.signals()).singleElement().satisfies(s -> {
            assertThat(s.description()).isEqualTo("Ouders bij de school zijn boos over de nieuwe opvang");
            assertThat(s.status()).isEqualTo("ASSESSED");
        });
        assertThat(export.toString()).doesNotContain("Interne duiding").doesNotContain("Bram");
        assertThat(export.polls()).singleElement().satisfies(p -> {
            assertThat(p.roundId()).isEqualTo(round.id().value());
            assertThat(p.ratings()).containsEntry("wij-zij", 4);
            assertThat(p.remark()).isEqualTo("Rustig op straat");
            assertThat(p.open()).isFalse();
        });
        assertThat(export.interventions()).extracting(KeyPersonDataExport.InterventionLine::title,
                KeyPersonDataExport.InterventionLine::part)
                .containsExactly(tuple("Gesprekken bij de school", "Leidt de gesprekken met ouders"));
        assertThat(export.disclosures()).extracting(KeyPersonDataExport.DisclosureLine::recipient)
                .containsExactly("Politie Limburg");
        assertThat(export.accessLog()).extracting(KeyPersonDataExport.AccessLine::action, 
                KeyPersonDataExport.AccessLine::actorKind)
                .contains(tuple("ShowKeyPersonUseCase.showKeyPerson", "ACCOUNT"));
        AuditEntry read = audit("ExportKeyPersonDataUseCase").get(0);
        assertThat(read.actor()).isEqualTo(AuditActor.personalLink());
        assertThat(read.dataSubjects()).containsExactly(anna.id().value().toString());
    }

    @Test
    void theCoordinatorExportsOnRequestAndTheReadIsAuditedButOtherRolesAreRefused() {
        KeyPersonDataExport export = fixture.useCase(ExportKeyPersonDataUseCase.class).exportKeyPersonData(
                coordinator, anna.id().value());
        assertThat(export.keyPersonId()).isEqualTo(anna.id().value());
        AuditEntry read = audit("ExportKeyPersonDataUseCase").get(0);
        assertThat(read.actor().name()).isEqualTo("regisseur");
        assertThat(read.objectId()).contains(anna.id().value().toString());

        for (Actor other : List.of(fixture.actor("analist", "ANALYST"), fixture.actor("agent", "PROFESSIONAL",
                MALBERG), fixture.actor("beheerder", "ADMIN"))) {
            assertThatThrownBy(() -> fixture.useCase(ExportKeyPersonDataUseCase.class).exportKeyPersonData(other,
                    anna.id().value())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aLinkForOnePersonCanNeverReadOrChangeAnotherByChangingTheId() {
        Actor annaViaLink = linkFor(anna);
        UUID bramsId = bram.id().value();
        List<Consumer<UUID>> attempts = List.of(
                id -> fixture.useCase(ExportKeyPersonDataUseCase.class).exportKeyPersonData(annaViaLink, id),
                id -> fixture.useCase(CorrectOwnDetailsUseCase.class).correctOwnDetails(annaViaLink,
                        new CorrectOwnDetailsCommand(id, "Overgenomen", "x@example.org", null, 2)),
                id -> fixture.useCase(SubmitCorrectionRequestUseCase.class).submitCorrectionRequest(annaViaLink, id,
                        "Zet mij in Wyck"),
                id -> fixture.useCase(WithdrawOwnConsentUseCase.class).withdrawOwnConsent(annaViaLink, id),
                id -> fixture.useCase(LeaveNetworkUseCase.class).leaveNetwork(annaViaLink, id),
                id -> fixture.useCase(OpenOwnPollUseCase.class).openOwnPoll(annaViaLink, id, UUID.randomUUID()),
                id -> fixture.useCase(ReportSignalUseCase.class).reportSignal(annaViaLink, new ReportSignalCommand(
                        "KEY_PERSON", id, null, "OWN_OBSERVATION", List.of(MALBERG), List.of("wij-zij"), 2,
                        "Onrust op het plein", null, null)));
        for (Consumer<UUID> attempt : attempts) {
            assertThatThrownBy(() -> attempt.accept(bramsId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attempt.accept(UUID.randomUUID())).as("the same for an id nobody has")
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixture.persistence.keyPersons().findById(bram.id()).orElseThrow()).isEqualTo(
                fixture.persistence.keyPersons().findById(bram.id()).orElseThrow());
        KeyPerson bramNow = fixture.persistence.keyPersons().findById(bram.id()).orElseThrow();
        assertThat(bramNow.status()).isEqualTo(KeyPersonStatus.ACTIVE);
        assertThat(bramNow.displayName()).isEqualTo("Bram");
        assertThat(fixture.persistence.selfService().findRequests(bram.id())).isEmpty();
        assertThatThrownBy(() -> fixture.useCase(ListDataSubjectRequestsUseCase.class).listOpenRequests(annaViaLink))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.useCase(ShowKeyPersonUseCase.class).showKeyPerson(annaViaLink,
                anna.id().value())).as("staff use cases stay closed to a key person")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aKeyPersonCorrectsTheirContactDetailsAndAsksForOtherCorrections() {
        Actor annaViaLink = linkFor(anna);
        KeyPerson corrected = fixture.useCase(CorrectOwnDetailsUseCase.class).correctOwnDetails(annaViaLink,
                new CorrectOwnDetailsCommand(anna.id().value(), "Anna de Vries-Smit", "anna@example.org",
                        "06 11122233", anna.version()));
        assertThat(corrected.profile().contact().phone()).isEqualTo("06 11122233");
        assertThat(corrected.displayName()).isEqualTo("Anna de Vries-Smit");
        assertThat(corrected.profile().neighbourhoods()).isEqualTo(anna.profile().neighbourhoods());
        assertThat(audit("CorrectOwnDetailsUseCase").get(0).actor()).isEqualTo(AuditActor.personalLink());

        assertThatThrownBy(() -> new CorrectOwnDetailsCommand(anna.id().value(), " ", "geen adres", "bel mij", 0))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("displayName", "email", "phone"));

        fixture.useCase(SubmitCorrectionRequestUseCase.class).submitCorrectionRequest(annaViaLink,
                anna.id().value(), "Ik ben ook actief in Wyck, niet alleen in Malberg.");
        List<OpenRequest> open = fixture.useCase(ListDataSubjectRequestsUseCase.class).listOpenRequests(coordinator);
        assertThat(open).extracting(r -> r.keyPersonName(), r -> r.request().kind(), r -> r.request().text())
                .containsExactly(tuple("Anna de Vries-Smit", RequestKind.CORRECTION,
                        "Ik ben ook actief in Wyck, niet alleen in Malberg."));

        fixture.useCase(HandleDataSubjectRequestUseCase.class).markRequestHandled(coordinator,
                open.get(0).request().id());
        assertThat(fixture.useCase(ListDataSubjectRequestsUseCase.class).listOpenRequests(coordinator)).isEmpty();
        assertThatThrownBy(() -> fixture.useCase(HandleDataSubjectRequestUseCase.class).markRequestHandled(
                coordinator, open.get(0).request().id())).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("data-subject-request.already-handled"));
    }

    @Test
    void withdrawingConsentDepartsAtOnceAndTheLinkThenShowsButChangesNothing() {
        Actor annaViaLink = linkFor(anna);
        String token = token(mailTo("anna@example.org"));

        KeyPerson withdrawn = fixture.useCase(WithdrawOwnConsentUseCase.class).withdrawOwnConsent(annaViaLink,
                anna.id().value());

        assertThat(withdrawn.status()).isEqualTo(KeyPersonStatus.DEPARTED);
        assertThat(withdrawn.history().get(withdrawn.history().size() - 1).reason())
                .isEqualTo("Toestemming ingetrokken");
        assertThat(withdrawn.legalBasis().orElseThrow().withdrawnOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        PersonalLinkSession session = open(token);
        assertThat(session.state()).isEqualTo(PersonalLinkSession.State.VALID);
        assertThat(session.mayChange()).isFalse();
        assertThat(fixture.useCase(ExportKeyPersonDataUseCase.class).exportKeyPersonData(annaViaLink,
                anna.id().value()).record().status()).isEqualTo("DEPARTED");
        assertThatThrownBy(() -> fixture.useCase(CorrectOwnDetailsUseCase.class).correctOwnDetails(annaViaLink,
                new CorrectOwnDetailsCommand(anna.id().value(), "Anna", null, "06 99988877", withdrawn.version())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code())
                        .isEqualTo("self-service.departed"));
        assertThatThrownBy(() -> fixture.useCase(ReportSignalUseCase.class).reportSignal(annaViaLink,
                new ReportSignalCommand("KEY_PERSON", anna.id().value(), null, "OWN_OBSERVATION", List.of(MALBERG),
                        List.of("wij-zij"), 2, "Onrust op het plein", null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code())
                        .isEqualTo("self-service.departed"));

        fixture.notifier.sent.clear();
        fixture.useCase(OpenPollRoundUseCase.class).openPollRound(coordinator, new OpenPollRoundCommand(
                List.of(MALBERG), List.of("wij-zij"), null, null, "NONE", ""));
        assertThat(fixture.notifier.sent).extracting(Notifier.Message::to).as("no more polls")
                .containsExactly("bram@example.org");
    }

    @Test
    void consentCanOnlyBeWithdrawnWhenItIsTheBasisButAnyoneCanLeaveAndAskToBeForgotten() {
        KeyPerson carla = active("Carla", "carla@example.org", "PUBLIC_TASK");
        Actor carlaViaLink = linkFor(carla);
        assertThatThrownBy(() -> fixture.useCase(WithdrawOwnConsentUseCase.class).withdrawOwnConsent(carlaViaLink,
                carla.id().value())).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code())
                        .isEqualTo("legal-basis.not-consent"));

        KeyPerson left = fixture.useCase(LeaveNetworkUseCase.class).leaveNetwork(carlaViaLink, carla.id().value());
        assertThat(left.status()).isEqualTo(KeyPersonStatus.DEPARTED);
        assertThat(left.history().get(left.history().size() - 1).reason()).isEqualTo("Vertrokken op eigen verzoek");

        KeyPerson annaLeft = fixture.useCase(LeaveNetworkUseCase.class).leaveNetwork(linkFor(anna),
                anna.id().value());
        assertThat(annaLeft.legalBasis().orElseThrow().isValid()).isFalse();
        assertThat(annaLeft.history().get(annaLeft.history().size() - 1).reason())
                .isEqualTo("Toestemming ingetrokken");
        fixture.useCase(LeaveNetworkUseCase.class).leaveNetwork(linkFor(anna), anna.id().value());

        assertThat(fixture.useCase(ListDataSubjectRequestsUseCase.class).listOpenRequests(coordinator))
                .as("one erasure request each, however often they press the button")
                .extracting(r -> r.keyPersonName(), r -> r.request().kind())
                .containsExactly(tuple("Carla", RequestKind.ERASURE), tuple("Anna de Vries", RequestKind.ERASURE));
    }

    @Test
    void fromMijnSleutelnetAKeyPersonGetsAFreshLinkToTheirOpenPoll() {
        PollRound round = fixture.useCase(OpenPollRoundUseCase.class).openPollRound(coordinator,
                new OpenPollRoundCommand(List.of(MALBERG), List.of("wij-zij"), null, null, "NONE", ""));
        String mailed = pollToken(mailTo("anna@example.org"));
        KeyPersonDataExport before = fixture.useCase(ExportKeyPersonDataUseCase.class).exportKeyPersonData(
                linkFor(anna), anna.id().value());
        assertThat(before.polls()).singleElement().satisfies(p -> assertThat(p.open()).isTrue());

        String fresh = fixture.useCase(OpenOwnPollUseCase.class).openOwnPoll(linkFor(anna), anna.id().value(),
                round.id().value()).secret();
        fixture.useCase(AnswerPollUseCase.class).answerPoll(new AnswerPollCommand(fresh, Map.of("wij-zij", 5), ""));

        assertThatThrownBy(() -> fixture.useCase(AnswerPollUseCase.class).answerPoll(new AnswerPollCommand(mailed,
                Map.of("wij-zij", 5), ""))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> fixture.useCase(OpenOwnPollUseCase.class).openOwnPoll(linkFor(anna),
                anna.id().value(), round.id().value())).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("poll.token.answered"));
        assertThat(audit("OpenOwnPollUseCase")).allSatisfy(e -> assertThat(e.toString()).doesNotContain(fresh));
    }

    @Test
    void aKeyPersonReportsASignalAsThemselfAndItIsScreenedAsStaffTextIs() {
        Actor annaViaLink = linkFor(anna);
        assertThatThrownBy(() -> fixture.useCase(ReportSignalUseCase.class).reportSignal(annaViaLink,
                new ReportSignalCommand("KEY_PERSON", anna.id().value(), null, "OWN_OBSERVATION", List.of(MALBERG),
                        List.of("wij-zij"), 2, "Bel mij op 06-12345678 over het plein", null, null)))
                .isInstanceOf(InvalidCommandException.class);

        Signal signal = fixture.useCase(ReportSignalUseCase.class).reportSignal(annaViaLink, new ReportSignalCommand(
                "KEY_PERSON", anna.id().value(), null, "OWN_OBSERVATION", List.of(MALBERG), List.of("wij-zij"), 2,
                "Onrust op het plein na de wedstrijd", null, null));
        assertThat(signal.content().reporter().id()).isEqualTo(anna.id().value());
        assertThat(signal.assignee()).as("the coordinator handles it").isEqualTo(coordinator.accountId());
        assertThat(fixture.useCase(ExportKeyPersonDataUseCase.class).exportKeyPersonData(annaViaLink,
                anna.id().value()).signals()).extracting(KeyPersonDataExport.SignalLine::status)
                .containsExactly("RECEIVED");
        assertThatThrownBy(() -> fixture.useCase(ReportSignalUseCase.class).reportSignal(annaViaLink,
                new ReportSignalCommand("KEY_PERSON", anna.id().value(), null, "OWN_OBSERVATION", List.of(MALBERG),
                        List.of("wij-zij"), 2, "Onrust", null, coordinator.accountId().value())))
                .as("a key person does not choose who handles it").isInstanceOf(AccessDeniedException.class);
    }

    private Actor linkFor(KeyPerson person) {
        fixture.useCase(SendPersonalLinkUseCase.class).sendPersonalLink(coordinator, person.id().value());
        String to = person.profile().contact().email();
        return open(token(mailTo(to))).actor().orElseThrow();
    }

    private PersonalLinkSession open(String token) {
        return fixture.useCase(OpenPersonalLinkUseCase.class).openPersonalLink(token);
    }

    private Notifier.Message mailTo(String address) {
        List<Notifier.Message> mails = fixture.notifier.sent.stream().filter(m -> m.to().equals(address)).toList();
        assertThat(mails).as("mail to " + address).isNotEmpty();
        return mails.get(mails.size() - 1);
    }

    private static String token(Notifier.Message mail) {
        Matcher m = LINK.matcher(mail.body());
        assertThat(m.find()).as("a personal link in " + mail.body()).isTrue();
        return m.group(1);
    }

    private static String pollToken(Notifier.Message mail) {
        Matcher m = Pattern.compile("/peiling/([A-Za-z0-9_-]{43})").matcher(mail.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private List<AuditEntry> audit(String useCase) {
        return fixture.persistence.auditLog().export(nl.sleutelnet.domain.audit.AuditFilter.everything(), 1000)
                .stream().filter(e -> e.action().startsWith(useCase + ".")).toList();
    }

    private KeyPerson active(String name, String email, String ground) {
        KeyPerson candidate = fixture.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand(name, email, null, List.of(MALBERG), List.of("ouders op school"),
                        List.of("wij-zij"), List.of("nl"), null, null, null, null, null, null));
        boolean consent = ground.equals("CONSENT");
        KeyPerson withBasis = fixture.useCase(RecordLegalBasisUseCase.class).recordLegalBasis(coordinator,
                candidate.id().value(), new LegalBasisInput(ground, LocalDate.of(2026, 1, 15), ALL,
                        consent ? "getekend formulier" : null, consent ? null : "Raadsbesluit 2021"),
                candidate.version());
        return fixture.useCase(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator, new ChangeStatusCommand(
                withBasis.id().value(), "ACTIVE", "Kennismaking", withBasis.version()));
    }
}
