package nl.sleutelnet.domain.planted;

import java.time.Instant;

/** Planted violation: a domain class that reads the system clock instead of a given Clock. */
public class DomainReadingTheSystemClock {

    public Instant now() {
        return Instant.now();
    }
}
