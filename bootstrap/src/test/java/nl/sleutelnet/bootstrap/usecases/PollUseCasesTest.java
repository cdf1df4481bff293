package nl.sleutelnet.bootstrap.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RecordLegalBasisUseCase;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.WithdrawConsentUseCase;
import nl.sleutelnet.application.port.in.poll.AnswerPollCommand;
import nl.sleutelnet.application.port.in.poll.AnswerPollUseCase;
import nl.sleutelnet.application.port.in.poll.ClosePollRoundCommand;
import nl.sleutelnet.application.port.in.poll.ClosePollRoundUseCase;
import nl.sleutelnet.application.port.in.poll.HousekeepingReport;
import nl.sleutelnet.application.port.in.poll.InvitationView;
import nl.sleutelnet.application.port.in.poll.ListPollRoundsUseCase;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundCommand;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundUseCase;
import nl.sleutelnet.application.port.in.poll.PollHousekeepingUseCase;
import nl.sleutelnet.application.port.in.poll.PollRoundQuery;
import nl.sleutelnet.application.port.in.poll.PollRoundReport;
import nl.sleutelnet.application.port.in.poll.PollRoundSummary;
import nl.sleutelnet.application.port.in.poll.ResendPollInvitationUseCase;
import nl.sleutelnet.application.port.in.poll.ShowPollInvitationUseCase;
import nl.sleutelnet.application.port.in.poll.ShowPollRoundUseCase;
import nl.sleutelnet.application.port.in.temperature.ExplainTemperatureUseCase;
import nl.sleutelnet.application.port.in.temperature.ListAlertsUseCase;
import nl.sleutelnet.application.port.in.temperature.TemperatureCell;
import nl.sleutelnet.application.port.in.temperature.TemperatureExplanation;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.poll.Delivery;
import nl.sleutelnet.domain.poll.PollResults;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.poll.PollRoundStatus;
import nl.sleutelnet.domain.poll.TokenState;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.temperature.PollEvidence;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Temperature polls through the real core on the memory adapter, with a clock the tests move and a recording mailbox. */
class PollUseCasesTest {

    private static final String MALBERG = "BU09350207";
    private static final String FRONTEN = "BU09350302";
    private static final String WYCK = "BU09350006";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/peiling/([A-Za-z0-9_-]{43})");
    private static final List<String> ALL = List.of("NETWORK_CONTACT", "SIGNALS", "POLLS", "INTERVENTIONS");

    private final CoreFixture fixture = new CoreFixture();
    private final Actor coordinator = fixture.actor("regisseur", "COORDINATOR");
    private KeyPerson anna;
    private KeyPerson bram;
    private KeyPerson chris;
    private KeyPerson dewi;

    @BeforeEach
    void network() {
        anna = active("Anna", "anna@example.org", ALL, MALBERG);
        bram = active("Bram", "bram@example.org", ALL, MALBERG, FRONTEN, WYCK);
        chris = active("Chris", null, ALL, MALBERG);
        dewi = active("Dewi", "dewi@example.org", List.of("NETWORK_CONTACT", "SIGNALS"), FRONTEN);
        register("Eva, kandidaat", "eva@example.org", MALBERG);
        active("Femke", "femke@example.org", ALL, WYCK);
    }

    @Test
    void openingAtOnceInvitesEveryActiveKeyPersonWhoConsentedAndListsWhoCannotBeMailed() {
        PollRound round = open(null, null, "NONE", "na incident bij het station");

        assertThat(round.status()).isEqualTo(PollRoundStatus.OPEN);
        assertThat(round.openedAt()).contains(CoreFixture.NOW);
        assertThat(round.plan().closesAt()).as("the default period").isEqualTo(CoreFixture.NOW.plus(Duration.ofDays(14)));
        assertThat(fixture.notifier.sent).extracting(Notifier.Message::to)
                .containsExactlyInAnyOrder("anna@example.org", "bram@example.org");
        Notifier.Message toBram = mailTo("bram@example.org");
        assertThat(toBram.subject()).isEqualTo("Peiling: hoe is de sfeer in uw buurt?");
        assertThat(toBram.body()).contains("Beste Bram").contains("Over: Malberg, Frontenkwartier")
                .contains("Thema's: Wij-zij-denken, Religie-gerelateerde spanningen")
                .contains("maandag 16 maart 2026 om 09:30")
                .doesNotContain("station").doesNotContain("Wyck");

        InvitationView view = fixture.useCase(ShowPollInvitationUseCase.class).showInvitation(link(toBram));
        assertThat(view.state()).isEqualTo(TokenState.VALID);
        assertThat(view.themes()).extracting(InvitationView.Choice::code).containsExactly("wij-zij", "religie");
        assertThat(view.neighbourhoods()).extracting(InvitationView.Choice::name)
                .containsExactly("Malberg", "Frontenkwartier");

        PollRoundReport report = show(coordinator, round);
        assertThat(report.invitations()).extracting(PollRoundReport.InvitationLine::name)
                .containsExactlyInAnyOrder("Anna", "Bram");
        assertThat(report.invitations()).allMatch(i -> i.delivery() == Delivery.SENT && !i.answered());
        assertThat(report.notInvited()).extracting(PollRoundReport.NotInvitedLine::name,
                PollRoundReport.NotInvitedLine::reason).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Chris", PollRound.Unreachable.NO_EMAIL),
                        org.assertj.core.groups.Tuple.tuple("Dewi", PollRound.Unreachable.NO_CONSENT_FOR_POLLS));
        assertThat(report.results().overall()).isEqualTo(new PollResults.Response(2, 0));
    }

    @Test
    void aKeyPersonAnswersOnceAndTheAnswerCountsForEachOfTheirBuurtenInTheRound() {
        PollRound round = open(null, null, "NONE", "");
        String bramsLink = link(mailTo("bram@example.org"));
        AnswerPollUseCase answer = fixture.useCase(AnswerPollUseCase.class);

        assertThatThrownBy(() -> answer.answerPoll(new AnswerPollCommand(bramsLink, Map.of("wij-zij", 3),
                "Bel me gerust op 06-12345678"))).isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("remark", "poll.personal-data")));
        assertThatThrownBy(() -> answer.answerPoll(new AnswerPollCommand(bramsLink, Map.of("wij-zij", 0), "")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("ratings.wij-zij"));

        fixture.clock.advance(Duration.ofHours(2));
        answer.answerPoll(new AnswerPollCommand(bramsLink, Map.of("wij-zij", 3, "religie", 8),
                "Na de wedstrijd was het onrustig"));

        assertThatThrownBy(() -> answer.answerPoll(new AnswerPollCommand(bramsLink, Map.of("wij-zij", 9), "")))
                .as("a link works once").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("poll.token.answered"));
        assertThat(fixture.useCase(ShowPollInvitationUseCase.class).showInvitation(bramsLink).state())
                .isEqualTo(TokenState.ANSWERED);

        Instant answeredAt = CoreFixture.NOW.plus(Duration.ofHours(2));
        assertThat(fixture.persistence.polls().answeredSince(CoreFixture.NOW)).extracting(PollEvidence::respondent,
                PollEvidence::buurt, PollEvidence::theme, PollEvidence::rating, PollEvidence::answeredAt)
                .containsExactlyInAnyOrder(
                        evidence(bram, MALBERG, "wij-zij", 3, answeredAt),
                        evidence(bram, MALBERG, "religie", 8, answeredAt),
                        evidence(bram, FRONTEN, "wij-zij", 3, answeredAt),
                        evidence(bram, FRONTEN, "religie", 8, answeredAt));

        PollRoundReport report = show(coordinator, round);
        assertThat(report.results().perBuurt()).containsExactly(
                new PollResults.BuurtResponse(NeighbourhoodCode.of(MALBERG), new PollResults.Response(2, 1)),
                new PollResults.BuurtResponse(NeighbourhoodCode.of(FRONTEN), new PollResults.Response(1, 1)));
        assertThat(report.results().figures(NeighbourhoodCode.of(FRONTEN), ThemeCode.of("religie")).orElseThrow()
                .mean()).contains(8.0);
        assertThat(report.results().remarks()).extracting(PollResults.Remark::text)
                .containsExactly("Na de wedstrijd was het onrustig");
        assertThat(report.invitations()).filteredOn(PollRoundReport.InvitationLine::answered)
                .extracting(PollRoundReport.InvitationLine::name).containsExactly("Bram");
    }

    @Test
    void anAnswerFeedsTheTemperatureOfEachBuurtAndARiseIsAnAlert() {
        PollRound round = open(null, null, "NONE", "");
        fixture.clock.advance(Duration.ofHours(1));
        fixture.useCase(AnswerPollUseCase.class).answerPoll(new AnswerPollCommand(link(mailTo("bram@example.org")),
                Map.of("wij-zij", 1, "religie", 10), ""));

        TemperatureExplanation malberg = fixture.useCase(ExplainTemperatureUseCase.class)
                .explainTemperature(coordinator, new TemperatureCell(MALBERG, "wij-zij"));
        assertThat(malberg.answers()).singleElement().satisfies(a -> {
            assertThat(a.roundId()).isEqualTo(round.id().value());
            assertThat(a.contribution().rating()).isEqualTo(1);
        });
        assertThat(malberg.temperature().level()).as("one answer of 1 is tension 5").isEqualTo(Level.HEATED);
        assertThat(fixture.useCase(ExplainTemperatureUseCase.class).explainTemperature(coordinator,
                new TemperatureCell(MALBERG, "religie")).temperature().level()).as("a 10 is calm").isEqualTo(Level.CALM);
        assertThat(fixture.useCase(ListAlertsUseCase.class).listAlerts(coordinator, new PageRequest(0, 10)).items())
                .extracting(a -> a.alert().buurt().value(), a -> a.alert().theme().value(), a -> a.alert().to())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(MALBERG, "wij-zij", Level.HEATED),
                        org.assertj.core.groups.Tuple.tuple(FRONTEN, "wij-zij", Level.HEATED));
    }

    @Test
    void anExpiredOrUnknownLinkIsRefusedWithItsState() {
        open(null, CoreFixture.NOW.plus(Duration.ofDays(3)), "NONE", "");
        String link = link(mailTo("anna@example.org"));
        ShowPollInvitationUseCase show = fixture.useCase(ShowPollInvitationUseCase.class);

        fixture.clock.advance(Duration.ofDays(3));
        assertThat(show.showInvitation(link).state()).isEqualTo(TokenState.EXPIRED);
        assertThatThrownBy(() -> fixture.useCase(AnswerPollUseCase.class).answerPoll(new AnswerPollCommand(link,
                Map.of("wij-zij", 5), ""))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("poll.token.expired"));
        assertThat(show.showInvitation("A".repeat(43)).state()).isEqualTo(TokenState.UNKNOWN);
        assertThat(show.showInvitation("not-a-token").state()).isEqualTo(TokenState.UNKNOWN);
        assertThat(show.showInvitation(null).state()).isEqualTo(TokenState.UNKNOWN);
    }

    @Test
    void remindersGoOnceToThoseWhoDidNotAnswerWithAFreshLink() {
        open(null, CoreFixture.NOW.plus(Duration.ofDays(7)), "NONE", "");
        String annasLink = link(mailTo("anna@example.org"));
        String bramsFirstLink = link(mailTo("bram@example.org"));
        fixture.useCase(AnswerPollUseCase.class).answerPoll(new AnswerPollCommand(annasLink, Map.of("religie", 6),
                ""));
        PollHousekeepingUseCase housekeeping = fixture.useCase(PollHousekeepingUseCase.class);

        fixture.clock.advance(Duration.ofDays(4));
        assertThat(housekeeping.pollHousekeeping()).as("not yet two days before closing")
                .isEqualTo(new HousekeepingReport(0, 0, 0, 0, 0, 0));
        fixture.notifier.sent.clear();

        fixture.clock.advance(Duration.ofDays(1));
        assertThat(housekeeping.pollHousekeeping().reminders()).isEqualTo(1);
        assertThat(fixture.notifier.sent).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("bram@example.org");
            assertThat(m.subject()).startsWith("Herinnering");
            assertThat(m.body()).contains("De link uit de eerdere e-mail werkt niet meer");
        });
        String bramsNewLink = link(fixture.notifier.sent.get(0));
        ShowPollInvitationUseCase show = fixture.useCase(ShowPollInvitationUseCase.class);
        assertThat(show.showInvitation(bramsFirstLink).state()).isEqualTo(TokenState.REPLACED);
        assertThat(show.showInvitation(bramsNewLink).state()).isEqualTo(TokenState.VALID);

        fixture.clock.advance(Duration.ofHours(1));
        assertThat(housekeeping.pollHousekeeping().reminders()).as("once").isZero();
        assertThat(fixture.notifier.sent).hasSize(1);
    }

    @Test
    void aRecurringRoundPlansAndOpensTheNextWhenItCloses() {
        PollRound first = open(null, CoreFixture.NOW.plus(Duration.ofDays(5)), "WEEKLY", "");
        PollHousekeepingUseCase housekeeping = fixture.useCase(PollHousekeepingUseCase.class);
        fixture.notifier.sent.clear();

        fixture.clock.advance(Duration.ofDays(5));
        HousekeepingReport closing = housekeeping.pollHousekeeping();
        assertThat(closing.closed()).isEqualTo(1);
        assertThat(closing.planned()).isEqualTo(1);
        assertThat(closing.opened()).as("the next opens a week after the first").isZero();
        List<PollRoundSummary> rounds = list(coordinator);
        assertThat(rounds).extracting(s -> s.round().status())
                .containsExactly(PollRoundStatus.SCHEDULED, PollRoundStatus.CLOSED);
        PollRound next = rounds.get(0).round();
        assertThat(next.follows()).contains(first.id());
        assertThat(next.plan().opensAt()).isEqualTo(CoreFixture.NOW.plus(Duration.ofDays(7)));
        assertThat(next.plan().neighbourhoods()).isEqualTo(first.plan().neighbourhoods());

        fixture.clock.advance(Duration.ofDays(2));
        assertThat(housekeeping.pollHousekeeping().invitations()).isEqualTo(2);
        assertThat(show(coordinator, next).round().status()).isEqualTo(PollRoundStatus.OPEN);
        assertThat(fixture.notifier.sent).extracting(Notifier.Message::to)
                .containsExactlyInAnyOrder("anna@example.org", "bram@example.org");
    }

    @Test
    void aRoundPlannedForLaterOpensWhenItsTimeComes() {
        PollRound planned = open(CoreFixture.NOW.plus(Duration.ofDays(1)), null, "NONE", "");
        assertThat(planned.status()).isEqualTo(PollRoundStatus.SCHEDULED);
        assertThat(fixture.notifier.sent).isEmpty();
        PollHousekeepingUseCase housekeeping = fixture.useCase(PollHousekeepingUseCase.class);
        assertThat(housekeeping.pollHousekeeping().opened()).isZero();

        fixture.clock.advance(Duration.ofDays(1));
        assertThat(housekeeping.pollHousekeeping().opened()).isEqualTo(1);
        assertThat(fixture.notifier.sent).hasSize(2);
    }

    @Test
    void aFailedMailIsKeptOnTheRoundAndCanBeSentAgain() {
        fixture.notifier.unreachable.add("anna@example.org");
        PollRound round = open(null, null, "NONE", "");
        PollRoundReport report = show(coordinator, round);
        assertThat(report.failedMails()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Anna");
            assertThat(line.deliveryProblem()).contains("mailbox unavailable");
        });
        assertThat(report.results().overall().invited()).as("still invited").isEqualTo(2);

        fixture.notifier.unreachable.clear();
        ResendPollInvitationUseCase resend = fixture.useCase(ResendPollInvitationUseCase.class);
        assertThat(resend.resendInvitation(coordinator, round.id().value(), anna.id().value()).delivery())
                .isEqualTo(Delivery.SENT);
        assertThat(fixture.useCase(ShowPollInvitationUseCase.class).showInvitation(link(mailTo("anna@example.org")))
                .state()).isEqualTo(TokenState.VALID);

        assertThatThrownBy(() -> resend.resendInvitation(coordinator, round.id().value(), chris.id().value()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("poll.key-person.no-email"));
        fixture.useCase(ChangeKeyPersonUseCase.class).changeKeyPerson(coordinator, new ChangeKeyPersonCommand(
                chris.id().value(), "Chris", "chris@example.org", null, List.of(MALBERG), List.of(), List.of(),
                List.of(), null, null, chris.version()));
        resend.resendInvitation(coordinator, round.id().value(), chris.id().value());
        PollRoundReport after = show(coordinator, round);
        assertThat(after.notInvited()).extracting(PollRoundReport.NotInvitedLine::name).containsExactly("Dewi");
        assertThat(after.invitations()).extracting(PollRoundReport.InvitationLine::name)
                .containsExactlyInAnyOrder("Anna", "Bram", "Chris");
        assertThat(after.failedMails()).isEmpty();
    }

    @Test
    void closingARoundEarlyStopsItsLinks() {
        PollRound round = open(null, null, "NONE", "");
        String link = link(mailTo("anna@example.org"));
        ClosePollRoundUseCase close = fixture.useCase(ClosePollRoundUseCase.class);
        PollRound closed = close.closePollRound(coordinator, new ClosePollRoundCommand(round.id().value(), false,
                round.version()));
        assertThat(closed.status()).isEqualTo(PollRoundStatus.CLOSED);
        assertThat(closed.closedBy()).contains(coordinator.accountId());
        assertThat(fixture.useCase(ShowPollInvitationUseCase.class).showInvitation(link).state())
                .isEqualTo(TokenState.ROUND_CLOSED);
        assertThatThrownBy(() -> close.closePollRound(coordinator, new ClosePollRoundCommand(round.id().value(),
                false, round.version()))).isInstanceOf(StaleVersionException.class);
        assertThat(list(coordinator)).as("no next round for a round that does not recur").hasSize(1);
    }

    @Test
    void aKeyPersonWhoWithdrewConsentCanNoLongerAnswer() {
        open(null, null, "NONE", "");
        String link = link(mailTo("anna@example.org"));
        fixture.useCase(WithdrawConsentUseCase.class).withdrawConsent(coordinator, anna.id().value(),
                LocalDate.of(2026, 3, 2));
        assertThat(fixture.useCase(ShowPollInvitationUseCase.class).showInvitation(link).state())
                .isEqualTo(TokenState.NOT_ACTIVE);
        assertThatThrownBy(() -> fixture.useCase(AnswerPollUseCase.class).answerPoll(new AnswerPollCommand(link,
                Map.of("wij-zij", 5), ""))).isInstanceOf(DomainException.class);
        assertThat(fixture.persistence.polls().answeredSince(CoreFixture.NOW)).isEmpty();
    }

    @Test
    void professionalsSeeTheFiguresOfTheirBuurtenAnalystsFiguresOnlyAndOnlyTheCoordinatorManages() {
        PollRound round = open(null, null, "NONE", "");
        fixture.useCase(AnswerPollUseCase.class).answerPoll(new AnswerPollCommand(link(mailTo("bram@example.org")),
                Map.of("wij-zij", 4), "Spanning rond de moskee-uitbreiding"));
        Actor frontenkwartier = fixture.actor("wijkagent.noordwest", "PROFESSIONAL", FRONTEN);
        Actor wyck = fixture.actor("wijkagent.wyck", "PROFESSIONAL", WYCK);
        Actor analyst = fixture.actor("analist", "ANALYST");

        PollRoundReport own = show(frontenkwartier, round);
        assertThat(own.full()).isFalse();
        assertThat(own.results().perBuurt()).extracting(b -> b.buurt().value()).containsExactly(FRONTEN);
        assertThat(own.results().remarks()).isEmpty();
        assertThat(own.invitations()).isEmpty();
        assertThat(own.notInvited()).isEmpty();

        assertThat(list(wyck)).isEmpty();
        assertThatThrownBy(() -> show(wyck, round)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("poll.round.not-found"));

        assertThat(list(analyst)).hasSize(1);
        PollRoundReport figures = show(analyst, round);
        assertThat(figures.results().perBuurt()).hasSize(2);
        assertThat(figures.results().remarks()).isEmpty();
        assertThat(figures.invitations()).isEmpty();

        assertThatThrownBy(() -> fixture.useCase(OpenPollRoundUseCase.class).openPollRound(frontenkwartier,
                new OpenPollRoundCommand(List.of(FRONTEN), List.of("wij-zij"), null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> show(fixture.actor("beheer", "ADMIN"), round))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRoundNeedsKnownBuurtenActiveThemesAndAPeriodThatHasNotPassed() {
        OpenPollRoundUseCase open = fixture.useCase(OpenPollRoundUseCase.class);
        assertThatThrownBy(() -> open.openPollRound(coordinator, new OpenPollRoundCommand(List.of("BU09359999"),
                List.of("onbekend"), null, CoreFixture.NOW.minusSeconds(60), "YEARLY", null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("recurrence"));
        assertThatThrownBy(() -> open.openPollRound(coordinator, new OpenPollRoundCommand(List.of("BU09359999"),
                List.of("onbekend"), null, CoreFixture.NOW.minusSeconds(60), "NONE", null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("neighbourhoods", "themes", "closesAt"));
        assertThatThrownBy(() -> open.openPollRound(coordinator, new OpenPollRoundCommand(List.of(MALBERG),
                List.of("wij-zij"), null, CoreFixture.NOW.plus(Duration.ofDays(10)), "WEEKLY", null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("closesAt", "poll.period.longer-than-recurrence")));
        assertThat(fixture.notifier.sent).isEmpty();
    }

    // --- helpers ---

    private PollRound open(Instant opensAt, Instant closesAt, String recurrence, String occasion) {
        return fixture.useCase(OpenPollRoundUseCase.class).openPollRound(coordinator, new OpenPollRoundCommand(
                List.of(MALBERG, FRONTEN), List.of("wij-zij", "religie"), opensAt, closesAt, recurrence, occasion));
    }

    private PollRoundReport show(Actor actor, PollRound round) {
        return fixture.useCase(ShowPollRoundUseCase.class).showPollRound(actor, round.id().value());
    }

    private List<PollRoundSummary> list(Actor actor) {
        return fixture.useCase(ListPollRoundsUseCase.class).listPollRounds(actor, PollRoundQuery.all(0, 50)).items();
    }

    private Notifier.Message mailTo(String address) {
        return fixture.notifier.sent.stream().filter(m -> m.to().equals(address)).reduce((a, b) -> b).orElseThrow();
    }

    private static String link(Notifier.Message message) {
        Matcher m = LINK.matcher(message.body());
        assertThat(m.find()).as("a personal link in %s", message.body()).isTrue();
        return m.group(1);
    }

    private static org.assertj.core.groups.Tuple evidence(KeyPerson who, String buurt, String theme, int rating,
            Instant at) {
        return org.assertj.core.groups.Tuple.tuple(who.id().value(), NeighbourhoodCode.of(buurt),
                ThemeCode.of(theme), rating, at);
    }

    private KeyPerson register(String name, String email, String... buurten) {
        return fixture.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand(name, email, null, List.of(buurten), List.of("buren in de straat"),
                        List.of("wij-zij"), List.of("nl"), null, null, null, null, null, null));
    }

    private KeyPerson active(String name, String email, List<String> purposes, String... buurten) {
        KeyPerson candidate = register(name, email, buurten);
        KeyPerson withBasis = fixture.useCase(RecordLegalBasisUseCase.class).recordLegalBasis(coordinator,
                candidate.id().value(), new LegalBasisInput("CONSENT", LocalDate.of(2026, 1, 15), purposes,
                        "getekend formulier", null), candidate.version());
        return fixture.useCase(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator, new ChangeStatusCommand(
                withBasis.id().value(), "ACTIVE", "Kennismaking", withBasis.version()));
    }
}
