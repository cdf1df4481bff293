package nl.sleutelnet.application.planted;

import java.sql.Connection;

/** Planted violation: the application ring touching JDBC. */
public class ApplicationUsingJdbc {

    public boolean open(Connection connection) throws java.sql.SQLException {
        return !connection.isClosed();
    }
}
