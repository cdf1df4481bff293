package nl.sleutelnet.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.application.port.out.PollAnswerEvidence;
import nl.sleutelnet.application.port.out.PollRepository.ResponseCount;
import nl.sleutelnet.application.port.out.PollRepository.RoundSearch;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.poll.Delivery;
import nl.sleutelnet.domain.poll.PollAnswer;
import nl.sleutelnet.domain.poll.PollInvitation;
import nl.sleutelnet.domain.poll.PollInvitationId;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.poll.PollRoundId;
import nl.sleutelnet.domain.poll.PollRoundStatus;
import nl.sleutelnet.domain.poll.PollToken;
import nl.sleutelnet.domain.poll.Recurrence;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.temperature.PollEvidence;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every persistence adapter must do with poll rounds, invitations and answers; run on memory, H2 and PostgreSQL. */
public abstract class PollContract {

    private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");
    private static final NeighbourhoodCode MALBERG = NeighbourhoodCode.of("BU09350207");
    private static final NeighbourhoodCode FRONTEN = NeighbourhoodCode.of("BU09350302");
    private static final NeighbourhoodCode WYCK = NeighbourhoodCode.of("BU09350006");
    private static final ThemeCode WIJ_ZIJ = ThemeCode.of("wij-zij");
    private static final ThemeCode RELIGIE = ThemeCode.of("religie");
    private static final AccountId COORDINATOR = new AccountId(UUID.randomUUID());
    private static final SecureRandom RANDOM = new SecureRandom();

    protected Persistence store;

    protected abstract Persistence freshInstallation();

    @BeforeEach
    void install() {
        store = freshInstallation();
    }

    @Test
    void aRoundRoundTripsThroughItsLife() {
        PollRound planned = round(Set.of(MALBERG, FRONTEN), T, Recurrence.WEEKLY, "na incident");
        PollRound saved = store.polls().saveRound(planned);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.snapshot()).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(planned.snapshot());
        assertThat(saved.plan().themes()).as("the order of the themes is kept").containsExactly(WIJ_ZIJ, RELIGIE);

        KeyPersonId noEmail = new KeyPersonId(UUID.randomUUID());
        KeyPersonId noConsent = new KeyPersonId(UUID.randomUUID());
        PollRound open = store.polls().saveRound(saved.open(T, List.of(
                new PollRound.NotInvited(noEmail, PollRound.Unreachable.NO_EMAIL),
                new PollRound.NotInvited(noConsent, PollRound.Unreachable.NO_CONSENT_FOR_POLLS))));
        assertThat(open.notInvited()).containsExactlyInAnyOrder(
                new PollRound.NotInvited(noEmail, PollRound.Unreachable.NO_EMAIL),
                new PollRound.NotInvited(noConsent, PollRound.Unreachable.NO_CONSENT_FOR_POLLS));
        PollRound later = store.polls().saveRound(open.invitedLater(noEmail));
        assertThat(later.notInvited()).extracting(PollRound.NotInvited::keyPerson).containsExactly(noConsent);

        PollRound closed = store.polls().saveRound(later.close(T.plusSeconds(3600), Optional.of(COORDINATOR), true));
        assertThat(store.polls().findRound(planned.id())).contains(closed);
        assertThat(closed.closedBy()).contains(COORDINATOR);
        assertThat(closed.seriesEnded()).isTrue();
        assertThatThrownBy(() -> store.polls().saveRound(open.close(T, Optional.empty(), false)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.polls().findRound(new PollRoundId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void roundsAreListedLatestFirstByStatusAndBuurt() {
        PollRound old = store.polls().saveRound(round(Set.of(MALBERG), T.minus(Duration.ofDays(30)), Recurrence.NONE,
                ""));
        PollRound open = store.polls().saveRound(round(Set.of(FRONTEN), T, Recurrence.NONE, "").open(T, List.of()));
        PollRound next = store.polls().saveRound(round(Set.of(MALBERG, WYCK), T.plus(Duration.ofDays(7)),
                Recurrence.NONE, ""));
        PollRound closed = store.polls().saveRound(store.polls().findRound(old.id()).orElseThrow()
                .close(T, Optional.empty(), false));

        assertThat(search(Set.of(), Set.of())).containsExactly(next, open, closed);
        assertThat(search(Set.of(PollRoundStatus.CLOSED), Set.of())).containsExactly(closed);
        assertThat(search(Set.of(), Set.of(MALBERG))).containsExactly(next, closed);
        assertThat(search(Set.of(PollRoundStatus.SCHEDULED, PollRoundStatus.OPEN), Set.of(FRONTEN, WYCK)))
                .containsExactly(next, open);
        assertThat(store.polls().searchRounds(new RoundSearch(Set.of(), Set.of(), new PageRequest(1, 2))).items())
                .containsExactly(closed);
        assertThat(store.polls().findUnclosedRounds()).as("scheduled and open, by open time").containsExactly(open,
                next);
    }

    @Test
    void anInvitationRoundTripsWithEveryLinkAndItsAnswer() {
        PollRound round = store.polls().saveRound(round(Set.of(MALBERG, FRONTEN), T, Recurrence.NONE, "")
                .open(T, List.of()));
        PollToken first = token();
        KeyPersonId keyPerson = new KeyPersonId(UUID.randomUUID());
        PollInvitation issued = PollInvitation.issue(new PollInvitationId(UUID.randomUUID()), round, keyPerson,
                Set.of(MALBERG, FRONTEN, WYCK), first, T).mailFailed(T, "connection refused", false);
        PollInvitation saved = store.polls().saveInvitation(issued);
        assertThat(saved.snapshot()).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(issued.snapshot());
        assertThat(saved.delivery()).isEqualTo(Delivery.FAILED);
        assertThat(saved.deliveryProblem()).isEqualTo("connection refused");

        PollToken second = token();
        PollInvitation resent = store.polls().saveInvitation(saved.reissue(second, T.plusSeconds(600))
                .mailed(T.plusSeconds(600), true));
        assertThat(store.polls().findInvitationByTokenHash(first.hash())).contains(resent);
        assertThat(store.polls().findInvitationByTokenHash(second.hash())).contains(resent);
        assertThat(resent.currentTokenHash()).isEqualTo(second.hash());
        assertThat(resent.remindedAt()).contains(T.plusSeconds(600));
        assertThat(store.polls().findInvitationByTokenHash(token().hash())).isEmpty();

        PollInvitation answered = store.polls().saveInvitation(resent.answer(second.hash(), round,
                new PollAnswer(Map.of(WIJ_ZIJ, 3, RELIGIE, 8), "Onrust na de wedstrijd", T.plusSeconds(900))));
        assertThat(store.polls().findInvitations(round.id())).containsExactly(answered);
        assertThat(answered.answer().orElseThrow().ratings()).isEqualTo(Map.of(WIJ_ZIJ, 3, RELIGIE, 8));
        assertThatThrownBy(() -> store.polls().saveInvitation(resent.answer(second.hash(), round,
                new PollAnswer(Map.of(WIJ_ZIJ, 9), "", T.plusSeconds(901))))).isInstanceOf(StaleVersionException.class);

        PollInvitation twin = PollInvitation.issue(new PollInvitationId(UUID.randomUUID()), round, keyPerson,
                Set.of(MALBERG), token(), T);
        assertThatThrownBy(() -> store.polls().saveInvitation(twin)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("poll.invitation.exists"));
    }

    @Test
    void responsesAreCountedPerRound() {
        PollRound round = store.polls().saveRound(round(Set.of(MALBERG), T, Recurrence.NONE, "").open(T, List.of()));
        PollRound empty = store.polls().saveRound(round(Set.of(MALBERG), T, Recurrence.NONE, ""));
        PollToken token = token();
        store.polls().saveInvitation(invitation(round, token, MALBERG).answer(token.hash(), round,
                new PollAnswer(Map.of(WIJ_ZIJ, 5), "", T.plusSeconds(5))));
        store.polls().saveInvitation(invitation(round, token(), MALBERG));
        store.polls().saveInvitation(invitation(round, token(), MALBERG));

        assertThat(store.polls().responseCounts(List.of(round.id(), empty.id()))).isEqualTo(Map.of(
                round.id(), new ResponseCount(3, 1), empty.id(), new ResponseCount(0, 0)));
        assertThat(store.polls().responseCounts(List.of())).isEmpty();
    }

    @Test
    void theTemperatureReadsTheAnswersOfItsWindowPerBuurtAndTheme() {
        Instant opens = T.minus(Duration.ofDays(20));
        PollRound round = openRoundAboutTwoBuurten(opens);
        PollToken old = token();
        PollToken recent = token();
        store.polls().saveInvitation(invitation(round, old, MALBERG).answer(old.hash(), round,
                new PollAnswer(Map.of(WIJ_ZIJ, 2), "", T.minus(Duration.ofDays(19)))));
        PollInvitation answered = store.polls().saveInvitation(invitation(round, recent, MALBERG, FRONTEN)
                .answer(recent.hash(), round, new PollAnswer(Map.of(WIJ_ZIJ, 4, RELIGIE, 9), "",
                        T.minus(Duration.ofDays(1)))));
        store.polls().saveInvitation(invitation(round, token(), FRONTEN));

        UUID id = answered.id().value();
        UUID who = answered.keyPerson().value();
        Instant at = T.minus(Duration.ofDays(1));
        assertThat(store.polls().answeredSince(T.minus(Duration.ofDays(7)))).containsExactlyInAnyOrder(
                new PollEvidence(id, who, MALBERG, WIJ_ZIJ, 4, at),
                new PollEvidence(id, who, MALBERG, RELIGIE, 9, at),
                new PollEvidence(id, who, FRONTEN, WIJ_ZIJ, 4, at),
                new PollEvidence(id, who, FRONTEN, RELIGIE, 9, at));
        assertThat(store.polls().answeredSince(at)).as("from is inclusive").hasSize(4);
        assertThat(store.polls().answeredSince(T.minus(Duration.ofDays(30)))).hasSize(5);
        assertThat(store.polls().answeredSince(T)).isEmpty();
        assertThat(store.polls().answeredSince(T.minus(Duration.ofDays(30)), Set.of(FRONTEN), Set.of(RELIGIE)))
                .as("the answers about some cells only").containsExactly(new PollEvidence(id, who, FRONTEN, RELIGIE, 9, at));
        assertThat(store.polls().answeredSince(T.minus(Duration.ofDays(30)), Set.of(MALBERG, FRONTEN), Set.of(WIJ_ZIJ)))
                .hasSize(3);
        assertThat(store.polls().answeredSince(T.minus(Duration.ofDays(30)), Set.of(), Set.of(WIJ_ZIJ))).isEmpty();

        PollRound named = store.polls().saveRound(round(Set.of(MALBERG), opens, Recurrence.NONE,
                "Maandpeiling november"));
        PollInvitation inNamed = store.polls().saveInvitation(invitation(named, token(), MALBERG));
        UUID unknown = UUID.randomUUID();
        assertThat(store.polls().roundsOf(List.of(id, inNamed.id().value(), unknown))).as("the explanation names "
                + "the round of each answer; a round without an occasion has no name").containsOnly(
                        Map.entry(id, new PollAnswerEvidence.AnswerRound(round.id().value(), null)),
                        Map.entry(inNamed.id().value(), new PollAnswerEvidence.AnswerRound(named.id().value(),
                                "Maandpeiling november")));
    }

    @Test
    void theAnswersAboutSomeCellsAreThoseOfTheWindowInTheSameOrder() {
        Instant opens = T.minus(Duration.ofDays(20));
        PollRound round = openRoundAboutTwoBuurten(opens);
        Instant same = T.minus(Duration.ofDays(2));
        for (int k = 0; k < 6; k++) {
            PollToken token = token();
            PollInvitation invitation = k % 3 == 0 ? invitation(round, token, MALBERG, FRONTEN)
                    : invitation(round, token, k % 3 == 1 ? MALBERG : FRONTEN);
            store.polls().saveInvitation(invitation.answer(token.hash(), round, new PollAnswer(
                    Map.of(WIJ_ZIJ, 1 + k, RELIGIE, 10 - k), "", k < 3 ? same : T.minus(Duration.ofDays(k)))));
        }
        Instant from = T.minus(Duration.ofDays(4));
        List<PollEvidence> window = store.polls().answeredSince(from);
        for (Set<NeighbourhoodCode> buurten : List.of(Set.of(MALBERG), Set.of(FRONTEN), Set.of(MALBERG, FRONTEN))) {
            for (Set<ThemeCode> themes : List.of(Set.of(WIJ_ZIJ), Set.of(WIJ_ZIJ, RELIGIE))) {
                assertThat(store.polls().answeredSince(from, buurten, themes)).as("%s × %s", buurten, themes)
                        .isNotEmpty().containsExactlyElementsOf(window.stream()
                                .filter(p -> buurten.contains(p.buurt()) && themes.contains(p.theme())).toList());
            }
        }
        assertThat(store.polls().answeredSince(from, Set.of(NeighbourhoodCode.of("BU09350699")), Set.of(WIJ_ZIJ)))
                .isEmpty();
    }

    @Test
    void everySaveKeepsTheInvitationFindableAndItsAnswersOnceUnderWhatItNowSays() {
        PollRound round = openRoundAboutTwoBuurten(T.minus(Duration.ofDays(3)));
        List<PollInvitation> invited = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            invited.add(store.polls().saveInvitation(invitation(round, token(), MALBERG, FRONTEN)));
        }
        assertThat(store.polls().findInvitations(round.id())).as("ordered by id")
                .containsExactlyElementsOf(invited.stream().sorted(Comparator.comparing(
                        (PollInvitation i) -> i.id().value().toString())).toList());

        PollToken first = token();
        PollToken second = token();
        PollInvitation issued = store.polls().saveInvitation(invitation(round, first, MALBERG, FRONTEN));
        PollInvitation resent = store.polls().saveInvitation(store.polls().saveInvitation(
                issued.reissue(second, T.minusSeconds(60))).mailed(T.minusSeconds(60), true));
        Instant at = T.minusSeconds(30);
        PollInvitation answered = store.polls().saveInvitation(resent.answer(second.hash(), round,
                new PollAnswer(Map.of(WIJ_ZIJ, 3), "Bij de school", at)));
        UUID id = answered.id().value();
        assertThat(store.polls().answeredSince(at)).containsExactly(
                new PollEvidence(id, answered.keyPerson().value(), MALBERG, WIJ_ZIJ, 3, at),
                new PollEvidence(id, answered.keyPerson().value(), FRONTEN, WIJ_ZIJ, 3, at));

        KeyPersonId placeholder = new KeyPersonId(UUID.randomUUID());
        PollInvitation forgotten = store.polls().saveInvitation(answered.forgetKeyPerson(placeholder));
        assertThat(store.polls().findInvitationByTokenHash(first.hash())).contains(forgotten);
        assertThat(store.polls().findInvitationByTokenHash(second.hash())).contains(forgotten);
        assertThat(store.polls().findInvitations(round.id())).hasSize(6).contains(forgotten)
                .doesNotContain(answered);
        assertThat(store.polls().answeredSince(at)).as("the answer stays, once, without the person").containsExactly(
                new PollEvidence(id, placeholder.value(), MALBERG, WIJ_ZIJ, 3, at),
                new PollEvidence(id, placeholder.value(), FRONTEN, WIJ_ZIJ, 3, at));
        assertThat(store.polls().answeredSince(at, Set.of(MALBERG), Set.of(WIJ_ZIJ)))
                .containsExactly(new PollEvidence(id, placeholder.value(), MALBERG, WIJ_ZIJ, 3, at));
        assertThat(store.polls().answeredSince(at, Set.of(MALBERG, FRONTEN), Set.of(WIJ_ZIJ, RELIGIE)))
                .containsExactlyElementsOf(store.polls().answeredSince(at));
        assertThat(store.polls().responseCounts(List.of(round.id())))
                .isEqualTo(Map.of(round.id(), new ResponseCount(6, 1)));
    }

    private List<PollRound> search(Set<PollRoundStatus> statuses, Set<NeighbourhoodCode> within) {
        return store.polls().searchRounds(new RoundSearch(statuses, within, new PageRequest(0, 50))).items();
    }

    private static PollRound round(Set<NeighbourhoodCode> buurten, Instant opens, Recurrence recurrence,
            String occasion) {
        return PollRound.plan(new PollRoundId(UUID.randomUUID()), new PollRound.Plan(buurten,
                List.of(WIJ_ZIJ, RELIGIE), opens, opens.plus(Duration.ofDays(7)), recurrence, occasion),
                opens.minusSeconds(60), COORDINATOR, null);
    }

    private static PollInvitation invitation(PollRound round, PollToken token, NeighbourhoodCode... buurten) {
        return PollInvitation.issue(new PollInvitationId(UUID.randomUUID()), round,
                new KeyPersonId(UUID.randomUUID()), Set.of(buurten), token, round.plan().opensAt())
                .mailed(round.plan().opensAt(), false);
    }

    private static PollToken token() {
        byte[] random = new byte[PollToken.RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return PollToken.fromRandomBytes(random);
    }

    /** A round about {@code MALBERG} and {@code FRONTEN}, themes wij-zij and religie, open from {@code opens}. */
    private PollRound openRoundAboutTwoBuurten(Instant opens) {
        return store.polls().saveRound(PollRound.plan(new PollRoundId(UUID.randomUUID()),
                new PollRound.Plan(Set.of(MALBERG, FRONTEN), List.of(WIJ_ZIJ, RELIGIE), opens,
                        T.plus(Duration.ofDays(1)), Recurrence.NONE, ""), opens, COORDINATOR, null)
                .open(opens, List.of()));
    }
}
