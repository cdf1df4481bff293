package nl.sleutelnet.adapters.persistence.jdbc;

import java.time.Instant;
import nl.sleutelnet.application.port.out.JobLock;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Claims in the table {@code job_lock}: one conditional statement each, so that the database decides who wins when two
 * instances claim at the same moment (the first insert of a job's row, or the update that finds the claim run out).
 * Each statement commits on its own; call it outside a use case's transaction.
 */
final class JdbcJobLock implements JobLock {

    private final JdbcClient jdbc;
    private final RowConversions time = new RowConversions();

    JdbcJobLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean tryClaim(String job, String holder, Instant now, Instant until) {
        try {
            int taken = jdbc.sql("""
                    update job_lock set locked_until = ?, locked_by = ? where name = ? and locked_until <= ?""")
                    .param(time.timestamp(until)).param(holder).param(job).param(time.timestamp(now)).update();
            if (taken == 1) {
                return true;
            }
            return jdbc.sql("insert into job_lock (name, locked_until, locked_by) values (?, ?, ?)").param(job)
                    .param(time.timestamp(until)).param(holder).update() == 1;
        } catch (DataIntegrityViolationException | ConcurrencyFailureException held) {
            return false;
        }
    }

    @Override
    public void release(String job, String holder, Instant until) {
        jdbc.sql("update job_lock set locked_until = ? where name = ? and locked_by = ?")
                .param(time.timestamp(until)).param(job).param(holder).update();
    }
}
