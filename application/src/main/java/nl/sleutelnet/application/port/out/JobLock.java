package nl.sleutelnet.application.port.out;

import java.time.Instant;

/**
 * Lets a scheduled job run on one instance at a time when several instances of the application share one database:
 * an instance claims the job for a while before it runs it, and the others skip that run.
 * <p>
 * Contract: {@link #tryClaim} succeeds for at most one holder while a claim has not run out ({@code until} lies after
 * {@code now}); a claim that ran out may be taken by anyone (an instance that died while holding it blocks the job at
 * most until then). {@link #release} sets when the holder's claim runs out (usually a little later than its end, so
 * that an instance whose schedule fires moments later does not run the job a second time) and does nothing to a claim
 * held by another holder. Claims are committed at once, outside any transaction of a use case.
 */
public interface JobLock {

    /** One instance only (the memory adapter, an embedder without a shared database): every claim succeeds. */
    JobLock SINGLE_INSTANCE = new JobLock() {
        @Override
        public boolean tryClaim(String job, String holder, Instant now, Instant until) {
            return true;
        }

        @Override
        public void release(String job, String holder, Instant until) {
        }
    };

    /** Claims {@code job} for {@code holder} until {@code until}, if no other claim runs at {@code now}. */
    boolean tryClaim(String job, String holder, Instant now, Instant until);

    /** Lets the holder's claim run out at {@code until}. */
    void release(String job, String holder, Instant until);
}
