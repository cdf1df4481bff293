package nl.sleutelnet.adapters.persistence.jdbc;

import java.time.Instant;
import java.util.List;
import nl.sleutelnet.application.port.out.AttemptLog;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Attempts in the table {@code throttle_attempt}, shared by every instance on the database. Each statement runs on a
 * connection of its own outside any transaction of the caller (see {@link JdbcPersistence}), so a failed sign-in
 * stays counted although its use case is rolled back.
 */
final class JdbcAttemptLog implements AttemptLog {

    private final JdbcClient jdbc;
    private final RowConversions time = new RowConversions();

    /** @param jdbc on a data source that does not join the caller's transaction */
    JdbcAttemptLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String kind, String key, Instant at) {
        jdbc.sql("insert into throttle_attempt (kind, attempt_key, attempted_at) values (?, ?, ?)").param(kind)
                .param(key).param(time.timestamp(at)).update();
    }

    @Override
    public List<Instant> since(String kind, String key, Instant after) {
        return jdbc.sql("""
                select attempted_at from throttle_attempt where kind = ? and attempt_key = ? and attempted_at > ?
                order by attempted_at""").param(kind).param(key).param(time.timestamp(after))
                .query((rs, row) -> time.instant(rs.getObject(1, java.time.OffsetDateTime.class))).list();
    }

    @Override
    public void forget(String kind, String key) {
        jdbc.sql("delete from throttle_attempt where kind = ? and attempt_key = ?").param(kind).param(key).update();
    }

    @Override
    public void forgetUntil(String kind, Instant until) {
        jdbc.sql("delete from throttle_attempt where kind = ? and attempted_at <= ?").param(kind)
                .param(time.timestamp(until)).update();
    }
}
