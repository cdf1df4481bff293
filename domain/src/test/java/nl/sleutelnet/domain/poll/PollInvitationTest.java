package nl.sleutelnet.domain.poll;

import static nl.sleutelnet.domain.poll.PollTestData.FRONTEN;
import static nl.sleutelnet.domain.poll.PollTestData.MALBERG;
import static nl.sleutelnet.domain.poll.PollTestData.RELIGIE;
import static nl.sleutelnet.domain.poll.PollTestData.T;
import static nl.sleutelnet.domain.poll.PollTestData.WIJ_ZIJ;
import static nl.sleutelnet.domain.poll.PollTestData.WYCK;
import static nl.sleutelnet.domain.poll.PollTestData.answer;
import static nl.sleutelnet.domain.poll.PollTestData.invite;
import static nl.sleutelnet.domain.poll.PollTestData.openRound;
import static nl.sleutelnet.domain.poll.PollTestData.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.temperature.PollEvidence;
import org.junit.jupiter.api.Test;

class PollInvitationTest {

    private final PollRound round = openRound();

    @Test
    void aTokenIsRandomUrlSafeAndOnlyItsHashIsKept() {
        PollToken token = token();
        assertThat(token.reveal()).matches("[A-Za-z0-9_-]{43}");
        assertThat(token.toString()).doesNotContain(token.reveal());
        assertThat(PollToken.parse(token.reveal())).isPresent();
        assertThat(PollToken.parse(token.reveal()).get().hash()).isEqualTo(token.hash()).matches("[0-9a-f]{64}");
        assertThat(PollToken.parse("../../etc/passwd")).isEmpty();
        assertThat(PollToken.parse(null)).isEmpty();

        PollInvitation invitation = invite(round, token, MALBERG);
        assertThat(invitation.tokenHashes()).containsExactly(token.hash()).doesNotContain(token.reveal());
    }

    @Test
    void aLinkWorksOnceAndThenSaysItWasAnswered() {
        PollToken token = token();
        PollInvitation invitation = invite(round, token, MALBERG);
        assertThat(invitation.stateOf(token.hash(), T.plusSeconds(60), round)).isEqualTo(TokenState.VALID);

        PollInvitation answered = invitation.answer(token.hash(), round, answer(4, 8, "", T.plusSeconds(60)));
        assertThat(answered.stateOf(token.hash(), T.plusSeconds(120), round)).isEqualTo(TokenState.ANSWERED);
        assertThatThrownBy(() -> answered.answer(token.hash(), round, answer(5, 5, "", T.plusSeconds(120))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("poll.token.answered"));
    }

    @Test
    void aLinkExpiresWhenTheRoundCloses() {
        PollToken token = token();
        PollInvitation invitation = invite(round, token, MALBERG);
        assertThat(invitation.expiresAt()).isEqualTo(round.plan().closesAt());
        assertThat(invitation.stateOf(token.hash(), round.plan().closesAt().minusSeconds(1), round))
                .isEqualTo(TokenState.VALID);
        assertThat(invitation.stateOf(token.hash(), round.plan().closesAt(), round)).isEqualTo(TokenState.EXPIRED);
        assertThatThrownBy(() -> invitation.answer(token.hash(), round,
                answer(4, 8, "", round.plan().closesAt().plusSeconds(1))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("poll.token.expired"));
    }

    @Test
    void aRoundClosedEarlyRefusesAnswersWithItsOwnState() {
        PollToken token = token();
        PollInvitation invitation = invite(round, token, MALBERG);
        PollRound closed = round.close(T.plusSeconds(3600), Optional.of(PollTestData.COORDINATOR), false);
        assertThat(invitation.stateOf(token.hash(), T.plusSeconds(7200), closed)).isEqualTo(TokenState.ROUND_CLOSED);
        assertThatThrownBy(() -> invitation.answer(token.hash(), closed, answer(4, 8, "", T.plusSeconds(7200))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("poll.round.closed"));
    }

    @Test
    void aReminderSendsAFreshLinkAndTheOldOneSaysSo() {
        PollToken first = token();
        PollToken second = token();
        PollInvitation reissued = invite(round, first, MALBERG).reissue(second, T.plus(Duration.ofDays(5)));
        assertThat(reissued.delivery()).isEqualTo(Delivery.PENDING);
        assertThat(reissued.stateOf(first.hash(), T.plus(Duration.ofDays(5)), round)).isEqualTo(TokenState.REPLACED);
        assertThat(reissued.stateOf(second.hash(), T.plus(Duration.ofDays(5)), round)).isEqualTo(TokenState.VALID);
        assertThat(reissued.stateOf(token().hash(), T.plus(Duration.ofDays(5)), round)).isEqualTo(TokenState.UNKNOWN);
        assertThatThrownBy(() -> reissued.answer(first.hash(), round, answer(4, 8, "", T.plus(Duration.ofDays(5)))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("poll.token.replaced"));

        PollInvitation answered = reissued.answer(second.hash(), round, answer(4, 8, "", T.plus(Duration.ofDays(5))));
        assertThat(answered.stateOf(first.hash(), T.plus(Duration.ofDays(5)), round))
                .as("once answered, every link of the invitation says so").isEqualTo(TokenState.ANSWERED);
        assertThatThrownBy(() -> answered.reissue(token(), T)).isInstanceOf(DomainException.class);
    }

    @Test
    void aFailedMailKeepsTheInvitationAndSaysWhy() {
        PollInvitation failed = PollInvitation.issue(new PollInvitationId(java.util.UUID.randomUUID()), round,
                new nl.sleutelnet.domain.network.KeyPersonId(java.util.UUID.randomUUID()), java.util.Set.of(MALBERG),
                token(), T).mailFailed(T, "550 mailbox unavailable", false);
        assertThat(failed.delivery()).isEqualTo(Delivery.FAILED);
        assertThat(failed.deliveryProblem()).isEqualTo("550 mailbox unavailable");
        assertThat(failed.remindedAt()).isEmpty();
        PollInvitation resent = failed.reissue(token(), T.plusSeconds(60)).mailed(T.plusSeconds(60), false);
        assertThat(resent.delivery()).isEqualTo(Delivery.SENT);
        assertThat(resent.deliveryProblem()).isEmpty();
    }

    @Test
    void anAnswerCountsForEachOfTheKeyPersonsBuurtenInTheRound() {
        PollToken token = token();
        PollInvitation invitation = invite(round, token, MALBERG, FRONTEN, WYCK);
        assertThat(invitation.neighbourhoods()).as("Wyck is not in the round").containsExactly(MALBERG, FRONTEN);
        PollInvitation answered = invitation.answer(token.hash(), round,
                new PollAnswer(Map.of(WIJ_ZIJ, 3), "", T.plusSeconds(60)));
        assertThat(answered.evidence()).containsExactlyInAnyOrder(
                new PollEvidence(invitation.id().value(), invitation.keyPerson().value(), MALBERG, WIJ_ZIJ, 3,
                        T.plusSeconds(60)),
                new PollEvidence(invitation.id().value(), invitation.keyPerson().value(), FRONTEN, WIJ_ZIJ, 3,
                        T.plusSeconds(60)));
        assertThat(invitation.evidence()).as("nothing before the answer").isEmpty();
    }

    @Test
    void ratingsAreOneToTenOnTheRoundsThemesAndTheRemarkIsScreened() {
        PollToken token = token();
        PollInvitation invitation = invite(round, token, MALBERG);
        assertThatThrownBy(() -> new PollAnswer(Map.of(WIJ_ZIJ, 11), "", T))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("poll.rating.invalid"));
        assertThatThrownBy(() -> new PollAnswer(Map.of(), "", T))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("poll.ratings.empty"));
        assertThatThrownBy(() -> invitation.answer(token.hash(), round, new PollAnswer(
                Map.of(nl.sleutelnet.domain.theme.ThemeCode.of("klimaat"), 5), "", T.plusSeconds(1))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("poll.rating.theme"));
        assertThatThrownBy(() -> new PollAnswer(Map.of(RELIGIE, 5), "Bel mij op 06-12345678", T))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(PollText.PERSONAL_DATA);
                    assertThat(e.getMessage()).contains("a phone number").doesNotContain("12345678");
                });
        assertThat(new PollAnswer(Map.of(RELIGIE, 5), "  Rustig na het buurtfeest  ", T).remark())
                .isEqualTo("Rustig na het buurtfeest");
    }

    @Test
    void aStoredVersionIsTheSameInvitationAsReadBackWithThatVersion() {
        PollToken first = token();
        PollToken second = token();
        PollInvitation invitation = invite(round, first, MALBERG, FRONTEN)
                .reissue(second, T.plusSeconds(30)).mailed(T.plusSeconds(30), true)
                .answer(second.hash(), round, answer(4, 8, "", T.plusSeconds(60)))
                .mailFailed(T.plusSeconds(90), " " + "x y ".repeat(PollInvitation.MAX_PROBLEM) + " ", true);
        assertThat(invitation.deliveryProblem()).hasSize(PollInvitation.MAX_PROBLEM);
        for (long version : new long[] {0, 1, 7}) {
            PollInvitation stored = invitation.withVersion(version);
            PollInvitation.Snapshot s = invitation.snapshot();
            assertThat(stored).isEqualTo(PollInvitation.reconstitute(new PollInvitation.Snapshot(s.id(), s.round(),
                    s.keyPerson(), s.neighbourhoods(), s.tokenHashes(), s.tokenIssuedAt(), s.expiresAt(),
                    s.delivery(), s.deliveryProblem(), s.mailedAt(), s.remindedAt(), s.answer(), version)));
            assertThat(stored.version()).isEqualTo(version);
            assertThat(stored.tokenHashes()).containsExactly(first.hash(), second.hash());
        }
        assertThatThrownBy(() -> invitation.withVersion(-1)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("poll.version.invalid"));
    }

    @Test
    void readBackHashesAreCheckedAgain() {
        PollInvitation.Snapshot s = invite(round, token(), MALBERG).snapshot();
        for (List<String> hashes : List.of(List.<String>of(), List.of("A".repeat(64)),
                List.of(s.tokenHashes().get(0), s.tokenHashes().get(0)))) {
            assertThatThrownBy(() -> PollInvitation.reconstitute(new PollInvitation.Snapshot(s.id(), s.round(),
                    s.keyPerson(), s.neighbourhoods(), hashes, s.tokenIssuedAt(), s.expiresAt(), s.delivery(),
                    s.deliveryProblem(), s.mailedAt(), s.remindedAt(), s.answer(), s.version())))
                    .as("%s", hashes).isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("poll.invitation.token-hash"));
        }
    }
}
