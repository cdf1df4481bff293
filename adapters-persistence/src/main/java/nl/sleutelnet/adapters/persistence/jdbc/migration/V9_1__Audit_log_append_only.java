package nl.sleutelnet.adapters.persistence.jdbc.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the audit log append-only in the database itself: a trigger refuses every UPDATE and DELETE of
 * {@code audit_entry}, and on PostgreSQL also TRUNCATE, for every role, the application's included. Written in Java
 * because the two databases declare triggers differently (PostgreSQL in PL/pgSQL, H2 as a Java class).
 */
public class V9_1__Audit_log_append_only extends BaseJavaMigration {

    static final String MESSAGE = "The audit log is append-only: entries cannot be changed or removed.";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        try (Statement sql = connection.createStatement()) {
            if (product.contains("postgres")) {
                sql.execute("""
                        create function audit_entry_append_only() returns trigger language plpgsql as $$
                        begin
                            raise exception using errcode = 'insufficient_privilege', message = '%s',
                                detail = tg_op || ' on audit_entry';
                        end
                        $$""".formatted(MESSAGE));
                sql.execute("""
                        create trigger audit_entry_no_change before update or delete on audit_entry
                            for each row execute function audit_entry_append_only()""");
                sql.execute("""
                        create trigger audit_entry_no_truncate before truncate on audit_entry
                            for each statement execute function audit_entry_append_only()""");
            } else if (product.contains("h2")) {
                sql.execute("create trigger audit_entry_no_change before update, delete on audit_entry for each row "
                        + "call '" + AppendOnlyTrigger.class.getName() + "'");
            } else {
                throw new SQLException("Sleutelnet runs on PostgreSQL or H2; this is " + product);
            }
        }
    }
}
