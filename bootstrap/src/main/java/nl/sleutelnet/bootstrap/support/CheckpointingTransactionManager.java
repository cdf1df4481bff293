package nl.sleutelnet.bootstrap.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The JDBC transaction manager, which on an H2 database that lives in files also writes each commit to the file
 * before the commit returns.
 *
 * <p>H2 (2.x, MVStore) keeps a committed transaction in memory and writes it to the file in the background, at most
 * a second later ({@code WRITE_DELAY}). A process that is killed in that second loses transactions it had already
 * answered for: the crash test ({@code CrashRecoveryTest}) saw acknowledged signals missing after {@code kill -9}.
 * Here every commit is followed by {@code CHECKPOINT} on the same connection, which stores the changes in the file
 * (without fsync: this survives the death of the process, not necessarily a power failure of the machine). The
 * answer to the client is sent after that. A commit with nothing new costs next to nothing; on PostgreSQL, and on H2
 * in memory, nothing is added.
 */
public final class CheckpointingTransactionManager extends JdbcTransactionManager {

    private static final long serialVersionUID = 1L;

    /** Null until the first commit tells which database this is. */
    private transient volatile Boolean h2Files;

    public CheckpointingTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        super.doCommit(status);
        Connection connection = ((JdbcTransactionObjectSupport) status.getTransaction()).getConnectionHolder()
                .getConnection();
        try {
            if (isH2Files(connection)) {
                try (Statement checkpoint = connection.createStatement()) {
                    checkpoint.execute("CHECKPOINT");
                }
            }
        } catch (SQLException e) {
            throw new TransactionSystemException("committed, but H2 could not write the commit to its file", e);
        }
    }

    private boolean isH2Files(Connection connection) throws SQLException {
        Boolean known = h2Files;
        if (known == null) {
            String url = connection.getMetaData().getURL().toLowerCase(Locale.ROOT);
            known = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
            h2Files = known;
        }
        return known;
    }
}
