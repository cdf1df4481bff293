package nl.sleutelnet.adapters.persistence.jdbc;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.DataClassRowMapper;

/**
 * One record per table, named and typed as the columns are, and a row mapper for each that maps by the columns of
 * the result (snake_case to camelCase), so the driver is never asked for a column that is not there.
 */
final class Rows {

    static final DataClassRowMapper<DistrictRow> DISTRICT = new DataClassRowMapper<>(DistrictRow.class);
    static final DataClassRowMapper<NeighbourhoodRow> NEIGHBOURHOOD =
            new DataClassRowMapper<>(NeighbourhoodRow.class);
    static final DataClassRowMapper<ThemeRow> THEME = new DataClassRowMapper<>(ThemeRow.class);
    static final DataClassRowMapper<AccountRow> ACCOUNT = new DataClassRowMapper<>(AccountRow.class);
    static final DataClassRowMapper<ApiTokenRow> API_TOKEN = new DataClassRowMapper<>(ApiTokenRow.class);

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
            String passwordHash, boolean enabled, OffsetDateTime createdAt, long version) {
    }

    record ApiTokenRow(UUID id, UUID accountId, String name, String secretHash, OffsetDateTime issuedAt,
            UUID issuedBy, OffsetDateTime revokedAt) {
    }
}
