package nl.sleutelnet.adapters.persistence.jdbc;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.DataClassRowMapper;

/** The rows of the poll tables, named and typed as the columns are (see {@link Rows}). */
final class PollRows {

    static final DataClassRowMapper<RoundRow> ROUND = new SnakeCaseRowMapper<>(RoundRow.class);
    static final DataClassRowMapper<RoundThemeRow> ROUND_THEME = new SnakeCaseRowMapper<>(RoundThemeRow.class);
    static final DataClassRowMapper<NotInvitedRow> NOT_INVITED = new SnakeCaseRowMapper<>(NotInvitedRow.class);
    static final DataClassRowMapper<InvitationRow> INVITATION = new SnakeCaseRowMapper<>(InvitationRow.class);
    static final DataClassRowMapper<TokenRow> TOKEN = new SnakeCaseRowMapper<>(TokenRow.class);
    static final DataClassRowMapper<RatingRow> RATING = new SnakeCaseRowMapper<>(RatingRow.class);
    static final DataClassRowMapper<EvidenceRow> EVIDENCE = new SnakeCaseRowMapper<>(EvidenceRow.class);
    static final DataClassRowMapper<CountRow> COUNT = new SnakeCaseRowMapper<>(CountRow.class);

    private PollRows() {
    }

    record RoundRow(UUID id, OffsetDateTime opensAt, OffsetDateTime closesAt, String recurrence, String occasion,
            String status, OffsetDateTime createdAt, UUID createdBy, UUID follows, OffsetDateTime openedAt,
            OffsetDateTime closedAt, UUID closedBy, boolean seriesEnded, long version) {
    }

    record RoundThemeRow(UUID roundId, int position, String themeCode) {
    }

    record NotInvitedRow(UUID roundId, UUID keyPersonId, String reason) {
    }

    record InvitationRow(UUID id, UUID roundId, UUID keyPersonId, OffsetDateTime tokenIssuedAt,
            OffsetDateTime expiresAt, String delivery, String deliveryProblem, OffsetDateTime mailedAt,
            OffsetDateTime remindedAt, OffsetDateTime answeredAt, String remark, long version) {
    }

    record TokenRow(UUID invitationId, int position, String tokenHash) {
    }

    record RatingRow(UUID invitationId, String themeCode, int rating) {
    }

    record EvidenceRow(UUID invitationId, UUID keyPersonId, String neighbourhoodCode, String themeCode, int rating,
            OffsetDateTime answeredAt) {
    }

    record CountRow(UUID roundId, long invited, long answered) {
    }
}
