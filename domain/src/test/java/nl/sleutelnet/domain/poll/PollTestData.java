package nl.sleutelnet.domain.poll;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.theme.ThemeCode;

/** Rounds about Malberg and Frontenkwartier, on us-versus-them and religion, from T for a week. */
final class PollTestData {

    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");
    static final NeighbourhoodCode MALBERG = NeighbourhoodCode.of("BU09350207");
    static final NeighbourhoodCode FRONTEN = NeighbourhoodCode.of("BU09350302");
    static final NeighbourhoodCode WYCK = NeighbourhoodCode.of("BU09350006");
    static final ThemeCode WIJ_ZIJ = ThemeCode.of("wij-zij");
    static final ThemeCode RELIGIE = ThemeCode.of("religie");
    static final AccountId COORDINATOR = new AccountId(new UUID(7, 7));

    private PollTestData() {
    }

    static PollRound.Plan plan(Recurrence recurrence, long days) {
        return new PollRound.Plan(Set.of(MALBERG, FRONTEN), List.of(WIJ_ZIJ, RELIGIE), T,
                T.plusSeconds(days * 86_400), recurrence, "");
    }

    static PollRound openRound() {
        return PollRound.plan(new PollRoundId(UUID.randomUUID()), plan(Recurrence.NONE, 7), T, COORDINATOR, null)
                .open(T, List.of());
    }

    static PollToken token() {
        byte[] random = new byte[PollToken.RANDOM_BYTES];
        new java.security.SecureRandom().nextBytes(random);
        return PollToken.fromRandomBytes(random);
    }

    static PollInvitation invite(PollRound round, PollToken token, NeighbourhoodCode... buurten) {
        return PollInvitation.issue(new PollInvitationId(UUID.randomUUID()), round,
                new KeyPersonId(UUID.randomUUID()), Set.of(buurten), token, T).mailed(T, false);
    }

    static PollAnswer answer(int wijZij, int religie, String remark, Instant at) {
        return new PollAnswer(Map.of(WIJ_ZIJ, wijZij, RELIGIE, religie), remark, at);
    }
}
