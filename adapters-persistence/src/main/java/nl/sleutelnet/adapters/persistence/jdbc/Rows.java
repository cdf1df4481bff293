package nl.sleutelnet.adapters.persistence.jdbc;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One record per table, named and typed as the columns are. */
final class Rows {

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
