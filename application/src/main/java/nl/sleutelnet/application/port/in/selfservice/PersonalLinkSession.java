package nl.sleutelnet.application.port.in.selfservice;

import java.time.Instant;
import java.util.Optional;
import nl.sleutelnet.domain.access.Actor;

/**
 * A personal link opened: when {@code VALID}, the key person as an actor bound to their own id, until when the link
 * works, and whether they may still change things (a key person who left can still see their data, not change it).
 */
public record PersonalLinkSession(State state, Optional<Actor> actor, Optional<Instant> expiresAt,
        boolean mayChange) {

    public enum State {
        /** The link works. */
        VALID,
        /** No such link was ever sent (or it was mistyped). */
        UNKNOWN,
        /** The link's time is over: ask for a new one. */
        EXPIRED,
        /** The key person is no longer registered (erased). */
        GONE
    }

    public static PersonalLinkSession refused(State state) {
        return new PersonalLinkSession(state, Optional.empty(), Optional.empty(), false);
    }
}
