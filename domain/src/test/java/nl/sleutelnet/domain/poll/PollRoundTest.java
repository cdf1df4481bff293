package nl.sleutelnet.domain.poll;

import static nl.sleutelnet.domain.poll.PollTestData.COORDINATOR;
import static nl.sleutelnet.domain.poll.PollTestData.MALBERG;
import static nl.sleutelnet.domain.poll.PollTestData.T;
import static nl.sleutelnet.domain.poll.PollTestData.WIJ_ZIJ;
import static nl.sleutelnet.domain.poll.PollTestData.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class PollRoundTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void aRoundOpensWhenItsTimeHasComeAndClosesOnce() {
        PollRound planned = PollRound.plan(new PollRoundId(UUID.randomUUID()), plan(Recurrence.NONE, 7),
                T.minusSeconds(3600), COORDINATOR, null);
        assertThat(planned.status()).isEqualTo(PollRoundStatus.SCHEDULED);
        assertThat(planned.isDueToOpen(T.minusSeconds(1))).isFalse();
        assertThat(planned.isDueToOpen(T)).isTrue();
        assertThatThrownBy(() -> planned.open(T.minusSeconds(1), List.of())).isInstanceOf(DomainException.class);

        KeyPersonId unreachable = new KeyPersonId(UUID.randomUUID());
        PollRound open = planned.open(T, List.of(new PollRound.NotInvited(unreachable,
                PollRound.Unreachable.NO_EMAIL)));
        assertThat(open.acceptsAnswers(T.plusSeconds(1))).isTrue();
        assertThat(open.notInvited()).extracting(PollRound.NotInvited::keyPerson).containsExactly(unreachable);
        assertThat(open.invitedLater(unreachable).notInvited()).isEmpty();
        assertThat(open.isDueToClose(open.plan().closesAt())).isTrue();
        assertThat(open.acceptsAnswers(open.plan().closesAt())).isFalse();

        PollRound closed = open.close(T.plusSeconds(60), Optional.of(COORDINATOR), false);
        assertThat(closed.closedBy()).contains(COORDINATOR);
        assertThatThrownBy(() -> closed.close(T.plusSeconds(120), Optional.empty(), false))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("poll.round.closed"));
    }

    @Test
    void aPlanNeedsBuurtenThemesAndASensiblePeriod() {
        assertThatThrownBy(() -> new PollRound.Plan(Set.of(), List.of(WIJ_ZIJ), T, T.plusSeconds(86_400),
                Recurrence.NONE, "")).hasMessageContaining("at least one buurt");
        assertThatThrownBy(() -> new PollRound.Plan(Set.of(MALBERG), List.of(), T, T.plusSeconds(86_400),
                Recurrence.NONE, "")).hasMessageContaining("at least one theme");
        assertThatThrownBy(() -> new PollRound.Plan(Set.of(MALBERG), List.of(WIJ_ZIJ), T, T.plusSeconds(60),
                Recurrence.NONE, "")).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("poll.period.too-short"));
        assertThatThrownBy(() -> plan(Recurrence.WEEKLY, 8)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("poll.period.longer-than-recurrence"));
        assertThatThrownBy(() -> new PollRound.Plan(Set.of(MALBERG), List.of(WIJ_ZIJ), T, T.plusSeconds(86_400),
                Recurrence.NONE, "na incident bij jan@example.org")).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(PollText.PERSONAL_DATA));
    }

    @Test
    void aMonthlyRoundPlansTheNextOnTheSameDayOfTheMonthInAmsterdamTime() {
        Instant opens = Instant.parse("2026-03-02T08:00:00Z"); // 09:00 in winter time
        PollRound round = PollRound.plan(new PollRoundId(UUID.randomUUID()), new PollRound.Plan(Set.of(MALBERG),
                List.of(WIJ_ZIJ), opens, opens.plus(Duration.ofDays(14)), Recurrence.MONTHLY, "maandelijks"),
                opens, COORDINATOR, null);
        PollRound.Plan next = round.next(AMSTERDAM, opens.plus(Duration.ofDays(14))).orElseThrow();
        assertThat(next.opensAt()).as("2 April 09:00 summer time").isEqualTo(Instant.parse("2026-04-02T07:00:00Z"));
        assertThat(next.closesAt()).isEqualTo(Instant.parse("2026-04-16T07:00:00Z"));
        assertThat(next.neighbourhoods()).containsExactly(MALBERG);
        assertThat(next.recurrence()).isEqualTo(Recurrence.MONTHLY);

        PollRound.Plan muchLater = round.next(AMSTERDAM, Instant.parse("2026-06-10T00:00:00Z")).orElseThrow();
        assertThat(muchLater.opensAt()).as("periods that already ended are skipped")
                .isEqualTo(Instant.parse("2026-06-02T07:00:00Z"));

        assertThat(round.close(opens, Optional.of(COORDINATOR), true).next(AMSTERDAM, opens)).isEmpty();
        assertThat(PollTestData.openRound().next(AMSTERDAM, T)).as("a round that does not recur").isEmpty();
    }
}
