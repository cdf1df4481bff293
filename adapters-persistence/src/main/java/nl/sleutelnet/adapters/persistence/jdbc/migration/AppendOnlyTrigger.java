package nl.sleutelnet.adapters.persistence.jdbc.migration;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's half of {@link V9_1__Audit_log_append_only}: refuses every row it is asked about. */
public final class AppendOnlyTrigger implements Trigger {

    /** The SQL state PostgreSQL uses too: insufficient privilege. */
    static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(V9_1__Audit_log_append_only.MESSAGE, INSUFFICIENT_PRIVILEGE);
    }
}
