package nl.sleutelnet.adapters.persistence.jdbc;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.jdbc.PollRows.InvitationRow;
import nl.sleutelnet.adapters.persistence.jdbc.PollRows.RoundRow;
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
import nl.sleutelnet.domain.poll.Recurrence;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Poll rounds and invitations to rows and back: flattening is generated (an unmapped column is a compile error);
 * rebuilding from the rows is written out and pinned by the contract's round trips.
 */
@Mapper(uses = RowConversions.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface PollRowMapper {

    PollRowMapper INSTANCE = Mappers.getMapper(PollRowMapper.class);

    @Mapping(target = "opensAt", source = "plan.opensAt")
    @Mapping(target = "closesAt", source = "plan.closesAt")
    @Mapping(target = "recurrence", source = "plan.recurrence")
    @Mapping(target = "occasion", source = "plan.occasion")
    RoundRow toRow(PollRound.Snapshot round);

    @Mapping(target = "roundId", source = "round")
    @Mapping(target = "keyPersonId", source = "keyPerson")
    @Mapping(target = "answeredAt", source = "answer.answeredAt")
    @Mapping(target = "remark", source = "answer.remark")
    InvitationRow toRow(PollInvitation.Snapshot invitation);

    default PollRound.Snapshot toSnapshot(RoundRow row, Set<NeighbourhoodCode> buurten, List<ThemeCode> themes,
            List<PollRound.NotInvited> notInvited) {
        RowConversions time = new RowConversions();
        PollRound.Plan plan = new PollRound.Plan(buurten, themes, time.instant(row.opensAt()),
                time.instant(row.closesAt()), Recurrence.valueOf(row.recurrence()), row.occasion());
        return new PollRound.Snapshot(new PollRoundId(row.id()), plan, PollRoundStatus.valueOf(row.status()),
                time.instant(row.createdAt()), new AccountId(row.createdBy()),
                row.follows() == null ? null : new PollRoundId(row.follows()), time.instant(row.openedAt()),
                time.instant(row.closedAt()), row.closedBy() == null ? null : new AccountId(row.closedBy()),
                row.seriesEnded(), notInvited, row.version());
    }

    default PollInvitation.Snapshot toSnapshot(InvitationRow row, Set<NeighbourhoodCode> buurten,
            List<String> tokenHashes, Map<ThemeCode, Integer> ratings) {
        RowConversions time = new RowConversions();
        PollAnswer answer = row.answeredAt() == null ? null
                : new PollAnswer(ratings, row.remark(), time.instant(row.answeredAt()));
        return new PollInvitation.Snapshot(new PollInvitationId(row.id()), new PollRoundId(row.roundId()),
                new KeyPersonId(row.keyPersonId()), buurten, tokenHashes, time.instant(row.tokenIssuedAt()),
                time.instant(row.expiresAt()), Delivery.valueOf(row.delivery()), row.deliveryProblem(),
                time.instant(row.mailedAt()), time.instant(row.remindedAt()), answer, row.version());
    }

    default UUID uuid(PollRoundId id) {
        return id == null ? null : id.value();
    }

    default UUID uuid(PollInvitationId id) {
        return id.value();
    }

    default UUID uuid(KeyPersonId id) {
        return id.value();
    }
}
