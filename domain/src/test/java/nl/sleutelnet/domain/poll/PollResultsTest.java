package nl.sleutelnet.domain.poll;

import static nl.sleutelnet.domain.poll.PollTestData.FRONTEN;
import static nl.sleutelnet.domain.poll.PollTestData.MALBERG;
import static nl.sleutelnet.domain.poll.PollTestData.RELIGIE;
import static nl.sleutelnet.domain.poll.PollTestData.T;
import static nl.sleutelnet.domain.poll.PollTestData.WIJ_ZIJ;
import static nl.sleutelnet.domain.poll.PollTestData.answer;
import static nl.sleutelnet.domain.poll.PollTestData.invite;
import static nl.sleutelnet.domain.poll.PollTestData.openRound;
import static nl.sleutelnet.domain.poll.PollTestData.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PollResultsTest {

    private final PollRound round = openRound();

    /** Malberg: three invited, two answered; Frontenkwartier: two invited (one shared with Malberg), one answered. */
    @Test
    void responseRatesPerRoundAndPerBuurt() {
        PollToken a = token();
        PollToken b = token();
        PollToken c = token();
        PollToken d = token();
        List<PollInvitation> invitations = List.of(
                invite(round, a, MALBERG).answer(a.hash(), round, answer(2, 6, "", T.plusSeconds(10))),
                invite(round, b, MALBERG, FRONTEN).answer(b.hash(), round,
                        new PollAnswer(Map.of(WIJ_ZIJ, 4), "Onrust bij het station", T.plusSeconds(20))),
                invite(round, c, MALBERG),
                invite(round, d, FRONTEN));

        PollResults results = PollResults.of(round, invitations);

        assertThat(results.overall()).isEqualTo(new PollResults.Response(4, 2));
        assertThat(results.overall().percentage()).contains(50);
        assertThat(results.perBuurt()).containsExactly(
                new PollResults.BuurtResponse(MALBERG, new PollResults.Response(3, 2)),
                new PollResults.BuurtResponse(FRONTEN, new PollResults.Response(2, 1)));
        assertThat(results.perBuurt().get(0).response().percentage()).as("2 of 3 rounds to 67").contains(67);

        PollResults.ThemeFigures malbergWijZij = results.figures(MALBERG, WIJ_ZIJ).orElseThrow();
        assertThat(malbergWijZij.answers()).isEqualTo(2);
        assertThat(malbergWijZij.mean()).hasValueSatisfying(m -> assertThat(m).isCloseTo(3.0, within(1e-9)));
        assertThat(malbergWijZij.distribution()).containsExactly(0, 1, 0, 1, 0, 0, 0, 0, 0, 0);
        PollResults.ThemeFigures malbergReligie = results.figures(MALBERG, RELIGIE).orElseThrow();
        assertThat(malbergReligie.answers()).as("the second key person left religion out").isEqualTo(1);
        assertThat(malbergReligie.mean()).contains(6.0);
        assertThat(results.figures(FRONTEN, RELIGIE).orElseThrow().mean()).isEmpty();

        assertThat(results.remarks()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Onrust bij het station");
            assertThat(r.buurten()).containsExactly(MALBERG, FRONTEN);
        });
        assertThat(results.withoutRemarks().remarks()).isEmpty();
    }

    @Test
    void aProfessionalSeesTheFiguresOfTheirOwnBuurten() {
        PollToken a = token();
        List<PollInvitation> invitations = List.of(
                invite(round, a, MALBERG).answer(a.hash(), round, answer(2, 6, "", T.plusSeconds(10))),
                invite(round, token(), FRONTEN));
        PollResults frontenOnly = PollResults.of(round, invitations, FRONTEN::equals);
        assertThat(frontenOnly.overall()).isEqualTo(new PollResults.Response(1, 0));
        assertThat(frontenOnly.perBuurt()).extracting(PollResults.BuurtResponse::buurt).containsExactly(FRONTEN);
        assertThat(frontenOnly.figures()).allMatch(f -> f.buurt().equals(FRONTEN));
    }

    @Test
    void nobodyInvitedHasNoRateRatherThanZero() {
        PollResults results = PollResults.of(round, List.of());
        assertThat(results.overall().rate()).isEmpty();
        assertThat(results.perBuurt()).allSatisfy(b -> assertThat(b.response().percentage()).isEmpty());
    }
}
