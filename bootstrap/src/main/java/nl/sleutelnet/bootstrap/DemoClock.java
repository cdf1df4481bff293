package nl.sleutelnet.bootstrap;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock with the demo profile: real time, except while the demo loader replays 2022–2026 through
 * the use cases ({@link DemoHistory}), when it stands at the moment being replayed. Only the demo uses it; a
 * production clock cannot be set.
 */
final class DemoClock extends Clock {

    private final Clock real;
    private volatile Instant replaying;

    DemoClock(Clock real) {
        this.real = real;
    }

    /** Stands still at {@code moment} until {@link #resume()}. */
    void set(Instant moment) {
        replaying = moment;
    }

    /** Back to real time. */
    void resume() {
        replaying = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        DemoClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant moment = replaying;
        return moment != null ? moment : real.instant();
    }
}
