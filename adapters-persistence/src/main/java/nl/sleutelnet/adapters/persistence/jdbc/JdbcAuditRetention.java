package nl.sleutelnet.adapters.persistence.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import nl.sleutelnet.adapters.persistence.jdbc.migration.V10_1__Audit_log_retention_floor;
import nl.sleutelnet.application.port.out.AuditRetention;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes audit entries past their term. The database's trigger refuses entries younger than its floor (a year by its
 * own clock); this adapter never asks for those, so an application clock ahead of the database's (a test, a wrong
 * clock) leaves entries for a later run instead of failing the run.
 */
public final class JdbcAuditRetention implements AuditRetention {

    private final JdbcClient jdbc;

    public JdbcAuditRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int deleteEntriesUntil(Instant cutoff) {
        Instant databaseNow = jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single().toInstant();
        Instant floor = databaseNow.minus(V10_1__Audit_log_retention_floor.FLOOR_DAYS, ChronoUnit.DAYS)
                .minus(1, ChronoUnit.MINUTES);
        Instant until = cutoff.isBefore(floor) ? cutoff : floor;
        return jdbc.sql("delete from audit_entry where occurred_at <= ?")
                .param(OffsetDateTime.ofInstant(until, ZoneOffset.UTC)).update();
    }
}
