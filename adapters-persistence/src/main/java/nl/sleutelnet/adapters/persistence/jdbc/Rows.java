package nl.sleutelnet.adapters.persistence.jdbc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.DataClassRowMapper;

/**
 * One record per table, named and typed as the columns are, and a row mapper for each that maps by the columns of
 * the result (snake_case to camelCase), so the driver is never asked for a column that is not there.
 */
final class Rows {

    static final DataClassRowMapper<DistrictRow> DISTRICT = new SnakeCaseRowMapper<>(DistrictRow.class);
    static final DataClassRowMapper<NeighbourhoodRow> NEIGHBOURHOOD =
            new SnakeCaseRowMapper<>(NeighbourhoodRow.class);
    static final DataClassRowMapper<ThemeRow> THEME = new SnakeCaseRowMapper<>(ThemeRow.class);
    static final DataClassRowMapper<AccountRow> ACCOUNT = new SnakeCaseRowMapper<>(AccountRow.class);
    static final DataClassRowMapper<ApiTokenRow> API_TOKEN = new SnakeCaseRowMapper<>(ApiTokenRow.class);
    static final DataClassRowMapper<KeyPersonRow> KEY_PERSON = new SnakeCaseRowMapper<>(KeyPersonRow.class);
    static final DataClassRowMapper<StatusChangeRow> STATUS_CHANGE = new SnakeCaseRowMapper<>(StatusChangeRow.class);
    static final DataClassRowMapper<PartnerRow> PARTNER = new SnakeCaseRowMapper<>(PartnerRow.class);
    static final DataClassRowMapper<TieRow> TIE = new SnakeCaseRowMapper<>(TieRow.class);
    static final DataClassRowMapper<CodeRow> CODE = new SnakeCaseRowMapper<>(CodeRow.class);
    static final DataClassRowMapper<SignalRow> SIGNAL = new SnakeCaseRowMapper<>(SignalRow.class);
    static final DataClassRowMapper<SightingRow> SIGHTING = new SnakeCaseRowMapper<>(SightingRow.class);
    static final DataClassRowMapper<SignalEventRow> SIGNAL_EVENT = new SnakeCaseRowMapper<>(SignalEventRow.class);
    static final DataClassRowMapper<AlertRow> ALERT = new SnakeCaseRowMapper<>(AlertRow.class);

    private Rows() {
    }

    record DistrictRow(String code, String name, String outline) {
    }

    record NeighbourhoodRow(String code, String districtCode, String name, Integer inhabitants,
            Integer inhabitantsYear, String outline) {
    }

    record ThemeRow(String code, String name, String description, boolean active, int listPosition, long version) {
    }

    record AccountRow(UUID id, String username, String displayName, String roles, String neighbourhoods,
            String email, String passwordHash, boolean enabled, OffsetDateTime createdAt, long version) {
    }

    record ApiTokenRow(UUID id, UUID accountId, String name, String secretHash, OffsetDateTime issuedAt,
            UUID issuedBy, OffsetDateTime revokedAt) {
    }

    record KeyPersonRow(UUID id, String displayName, String email, String phone, String reach, String languages,
            UUID contactPerson, String notes, LocalDate lastContact, String legalGround, LocalDate legalRecordedOn,
            String legalPurposes, String legalHowGiven, String legalReference, LocalDate legalWithdrawnOn,
            String nominatedByKind, UUID nominatedById, String nominationMotivation, String status, long version) {
    }

    record StatusChangeRow(UUID keyPersonId, int step, String fromStatus, String toStatus, OffsetDateTime changedAt,
            String reason, UUID actor) {
    }

    record PartnerRow(UUID id, String name, String kind, String email, String phone, String notes, boolean active,
            long version) {
    }

    record TieRow(UUID id, String aKind, UUID aId, String bKind, UUID bId, String kind, int strength, LocalDate since,
            LocalDate lastContact, long version) {
    }

    /** A row of a child table: the owner's id and one code (a buurt, a theme). */
    record CodeRow(UUID owner, String code) {
    }

    record SignalRow(UUID id, String trackingCode, String reporterKind, UUID reporterId, String reporterLabel,
            String howObtained, int intensity, String description, OffsetDateTime observedAt,
            OffsetDateTime receivedAt, OffsetDateTime lastObservedAt, UUID assignee, String status,
            String reliability, String interpretation, OffsetDateTime assessedAt, UUID assessedBy,
            UUID interventionId, String noActionReason, long version) {
    }

    record SightingRow(UUID id, UUID signalId, int position, String reporterKind, UUID reporterId,
            String reporterLabel, String howObtained, OffsetDateTime observedAt, OffsetDateTime receivedAt,
            String note) {
    }

    record SignalEventRow(UUID signalId, int step, String kind, OffsetDateTime at, UUID actor, String note) {
    }

    record AlertRow(UUID id, String neighbourhoodCode, String themeCode, String fromLevel, String toLevel,
            double score, OffsetDateTime raisedAt, OffsetDateTime acknowledgedAt, UUID acknowledgedBy, long version) {
    }
}
