package nl.sleutelnet.bootstrap;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.sleutelnet.application.port.out.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a scheduled job on one instance at a time: several instances of the application on one database each fire
 * their schedules, and the first to claim the job in the shared {@link JobLock} runs it. The claim lasts at most
 * {@code atMost} (an instance that dies while running it blocks the job no longer than that) and at least
 * {@code atLeast} from the start, so that another instance whose schedule fires moments later skips that round.
 */
public final class ScheduledJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final JobLock lock;
    private final Clock clock;
    private final String holder;

    public ScheduledJobs(JobLock lock, Clock clock) {
        this(lock, clock, ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
    }

    ScheduledJobs(JobLock lock, Clock clock, String holder) {
        this.lock = lock;
        this.clock = clock;
        this.holder = holder;
    }

    /** Runs {@code work} if this instance claims {@code job}; true when it ran here. */
    public boolean runOnce(String job, Duration atLeast, Duration atMost, Runnable work) {
        Instant start = clock.instant();
        if (!lock.tryClaim(job, holder, start, start.plus(atMost))) {
            LOG.debug("Job {} runs on another instance now; skipped here.", job);
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            Instant end = clock.instant();
            Instant minimum = start.plus(atLeast);
            lock.release(job, holder, end.isAfter(minimum) ? end : minimum);
        }
    }

    /** Who this instance is in the lock table: the process (pid@host) and a random part for this start. */
    public String holder() {
        return holder;
    }
}
