package nl.sleutelnet.bootstrap.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The clock of a run: it stands still until the simulator moves it, and never reads the machine's time. */
final class SimulationClock extends Clock {

    private volatile Instant now;

    SimulationClock(Instant start) {
        this.now = start;
    }

    void set(Instant value) {
        if (value.isBefore(now)) {
            throw new IllegalArgumentException("a simulation's clock does not go back: " + value + " < " + now);
        }
        now = value;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving clock, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        SimulationClock moving = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return moving.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moving.withZone(other);
            }
        };
    }
}
