package nl.sleutelnet.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.sleutelnet.adapters.persistence.TestDatabases;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A commit on an H2 file survives the death of the process right after it: a child JVM commits one row and halts at
 * once (no shutdown hook, no close, as {@code kill -9}). With Spring's plain manager H2 had not written the row yet;
 * with {@link CheckpointingTransactionManager} it is in the file.
 */
class CheckpointingTransactionManagerTest {

    @Test
    void aCommitIsInTheFileWhenTheProcessDiesRightAfterIt(@TempDir Path dir) throws Exception {
        assertThat(commitAndDie(dir.resolve("checkpointing"), "checkpointing")).as("the committed row").isEqualTo(1);
    }

    @Test
    void withoutTheCheckpointH2LosesTheCommitOfADyingProcess(@TempDir Path dir) throws Exception {
        assertThat(commitAndDie(dir.resolve("plain"), "plain"))
                .as("H2 writes commits later: what this manager is for").isZero();
    }

    @Test
    void anH2DatabaseInMemoryIsLeftAsItIs() {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL(TestDatabases.h2Url());
        JdbcTemplate sql = new JdbcTemplate(memory);
        sql.execute("create table t (n int)");
        new TransactionTemplate(new CheckpointingTransactionManager(memory))
                .executeWithoutResult(status -> sql.update("insert into t values (1)"));
        assertThat(sql.queryForObject("select count(*) from t", Integer.class)).isEqualTo(1);
    }

    /** Rows found after a child process committed one and halted. */
    private static int commitAndDie(Path database, String manager) throws Exception {
        String url = "jdbc:h2:file:" + database + TestDatabases.H2_MODE;
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), url, manager))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as("the child halted after its commit").isEqualTo(Child.HALTED);
        try (Connection sql = DriverManager.getConnection(url, "sa", "");
                Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from t")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Creates the table (and lets H2 write it), commits one row in a transaction of the manager, halts. */
    public static final class Child {

        static final int HALTED = 42;

        public static void main(String[] args) throws Exception {
            JdbcDataSource file = new JdbcDataSource();
            file.setURL(args[0]);
            file.setUser("sa");
            try (Connection keepOpen = file.getConnection(); Statement setUp = keepOpen.createStatement()) {
                setUp.execute("create table t (n int)");
                setUp.execute("checkpoint");
                PlatformTransactionManager manager = args[1].equals("checkpointing")
                        ? new CheckpointingTransactionManager(file) : new JdbcTransactionManager(file);
                new TransactionTemplate(manager)
                        .executeWithoutResult(status -> new JdbcTemplate(file).update("insert into t values (1)"));
                Runtime.getRuntime().halt(HALTED);
            }
        }
    }
}
