package nl.sleutelnet.adapters.persistence.jdbc.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.h2.api.Trigger;

/**
 * H2's half of {@link V10_1__Audit_log_retention_floor}: a DELETE of an audit entry goes through only when the entry is
 * older than the floor, by the database's clock (H2 runs in the application's JVM: the system clock).
 */
public final class RetentionFloorTrigger implements Trigger {

    /** The column of the entry's moment in {@code audit_entry}: id, seq, trace_id, occurred_at. */
    private static final int OCCURRED_AT = 3;

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        Instant at = moment(oldRow[OCCURRED_AT]);
        Instant floor = Instant.now().minus(V10_1__Audit_log_retention_floor.FLOOR_DAYS, ChronoUnit.DAYS);
        if (at == null || !at.isBefore(floor)) {
            throw new SQLException(V10_1__Audit_log_retention_floor.TOO_YOUNG,
                    AppendOnlyTrigger.INSUFFICIENT_PRIVILEGE);
        }
    }

    private static Instant moment(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return null;
    }
}
