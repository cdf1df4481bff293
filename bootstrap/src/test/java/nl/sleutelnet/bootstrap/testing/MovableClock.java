package nl.sleutelnet.bootstrap.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it on: time passing without waiting for it. Use-case tests hand it to
 * the core; web tests put it in the application as the primary {@link Clock}. {@link #withZone} answers a view on the
 * same moving time in another zone (the staff UI asks for Europe/Amsterdam).
 */
public final class MovableClock extends Clock {

    private final MovableClock source;
    private final ZoneId zone;
    private volatile Instant now;

    public MovableClock(Instant start) {
        this.source = null;
        this.zone = ZoneOffset.UTC;
        this.now = start;
    }

    private MovableClock(MovableClock source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        if (source != null) {
            source.advance(duration);
        } else {
            now = now.plus(duration);
        }
    }

    /** Sets the time, for a test that shares its application and must start from a known moment. */
    public void set(Instant moment) {
        if (source != null) {
            source.set(moment);
        } else {
            now = moment;
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(source == null ? this : source, other);
    }

    @Override
    public Instant instant() {
        return source == null ? now : source.instant();
    }
}
