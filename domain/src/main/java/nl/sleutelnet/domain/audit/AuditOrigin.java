package nl.sleutelnet.domain.audit;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Where a call came from.
 *
 * @param channel       the way in
 * @param detail        which one: the API token's name, the scheduled job's name; empty for a staff session
 * @param clientAddress the network address of the client, when there is one
 */
public record AuditOrigin(Channel channel, Optional<String> detail, Optional<String> clientAddress) {

    public enum Channel {
        /** A staff member's browser session. */
        UI,
        /** A city system with an API token. */
        API,
        /** A key person's personal link (poll, tracking code), without signing in. */
        PERSONAL_LINK,
        /** A job Sleutelnet runs on a schedule or at start-up. */
        SCHEDULED_JOB,
        /** The core called in-process: an embedding system, a command-line tool, a test or a simulation. */
        EMBEDDED
    }

    public static final int MAX_DETAIL = 200;
    public static final int MAX_ADDRESS = 64;

    public AuditOrigin {
        checkNotNull(channel, "channel");
        detail = clip(detail, MAX_DETAIL);
        clientAddress = clip(clientAddress, MAX_ADDRESS);
    }

    public static AuditOrigin embedded() {
        return new AuditOrigin(Channel.EMBEDDED, Optional.empty(), Optional.empty());
    }

    public static AuditOrigin job(String name) {
        return new AuditOrigin(Channel.SCHEDULED_JOB, Optional.of(name), Optional.empty());
    }

    private static Optional<String> clip(Optional<String> text, int max) {
        return checkNotNull(text, "text").map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.length() <= max ? t : t.substring(0, max));
    }
}
