package nl.sleutelnet.adapters.persistence.jdbc.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lets the retention term remove old audit entries while the log stays append-only: UPDATE is still refused for every
 * row, TRUNCATE still refused (PostgreSQL), and DELETE is let through only for a row whose moment lies more than
 * {@value #FLOOR_DAYS} days before the database's own clock. The floor is fixed here, not in a setting the application
 * could write: whoever asks, the application's role included, cannot remove an entry younger than a year. The
 * configured term above the floor (five years by default) is applied by the application.
 *
 * <p>What this does not stop: the owner of the table can drop the trigger. Run the migrations with an owner role and
 * the application with a role that may only insert, select and delete (see docs/privacy.md).
 */
public class V10_1__Audit_log_retention_floor extends BaseJavaMigration {

    /** The floor in days: a year, with room for a leap day. */
    public static final int FLOOR_DAYS = 366;
    static final String TOO_YOUNG = "The audit log is append-only: an entry is deleted only when its retention term "
            + "ran out, never within a year.";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        try (Statement sql = connection.createStatement()) {
            if (product.contains("postgres")) {
                sql.execute("""
                        create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
                        begin
                            if tg_op = 'DELETE' then
                                if old.occurred_at < current_timestamp - interval '%d days' then
                                    return old;
                                end if;
                                raise exception using errcode = 'insufficient_privilege', message = '%s',
                                    detail = 'DELETE on audit_entry';
                            end if;
                            raise exception using errcode = 'insufficient_privilege', message = '%s',
                                detail = tg_op || ' on audit_entry';
                        end
                        $$""".formatted(FLOOR_DAYS, TOO_YOUNG, V9_1__Audit_log_append_only.MESSAGE));
            } else if (product.contains("h2")) {
                sql.execute("drop trigger audit_entry_no_change");
                sql.execute("create trigger audit_entry_no_update before update on audit_entry for each row call '"
                        + AppendOnlyTrigger.class.getName() + "'");
                sql.execute("create trigger audit_entry_retention before delete on audit_entry for each row call '"
                        + RetentionFloorTrigger.class.getName() + "'");
            } else {
                throw new SQLException("Sleutelnet runs on PostgreSQL or H2; this is " + product);
            }
        }
    }
}
