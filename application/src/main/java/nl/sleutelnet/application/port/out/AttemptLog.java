package nl.sleutelnet.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Attempts counted for throttling (failed sign-ins, requests for a personal link), per kind and key. Keys are hashes
 * made by the caller, never a username, address or e-mail address in the clear. Stored where every instance sees
 * them, so that several instances on one database throttle together. Recording commits on its own: an attempt stays
 * counted when the use case that records it fails and its transaction is rolled back (a failed sign-in is such a
 * case).
 */
public interface AttemptLog {

    /** Counts an attempt of this kind under the key at the moment. */
    void record(String kind, String key, Instant at);

    /** The moments of the key's attempts after {@code after}, oldest first. */
    List<Instant> since(String kind, String key, Instant after);

    /** Forgets every attempt of this kind under the key. */
    void forget(String kind, String key);

    /** Forgets every attempt of this kind at or before the moment (those no window looks at any more). */
    void forgetUntil(String kind, Instant until);
}
