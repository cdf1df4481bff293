package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Locale;
import nl.sleutelnet.application.port.out.AttemptLog;

/**
 * Requests for a personal link of the last window, per e-mail address and per client address (both kept as a hash),
 * in the {@link AttemptLog}: shared by every instance on one database. Counted whether or not the address belongs to
 * a key person, so that throttling tells nothing about who is registered.
 */
final class LinkRequestThrottle {

    static final String BY_EMAIL = "link-request-email";
    static final String BY_CLIENT = "link-request-client";

    private final AttemptLog attempts;

    LinkRequestThrottle(AttemptLog attempts) {
        this.attempts = checkNotNull(attempts, "attempts");
    }

    /** Records the request and says whether it stays within both limits. */
    boolean allow(String email, String client, SelfServiceSettings settings, Instant now) {
        Instant windowStart = now.minus(settings.requestWindow());
        attempts.forgetUntil(BY_EMAIL, windowStart);
        attempts.forgetUntil(BY_CLIENT, windowStart);
        String mailKey = SignInThrottle.hash(email.strip().toLowerCase(Locale.ROOT));
        boolean mailOk = attempts.since(BY_EMAIL, mailKey, windowStart).size() < settings.maxLinksPerAddress();
        String clientKey = client == null ? null : SignInThrottle.hash(client);
        boolean clientOk = clientKey == null
                || attempts.since(BY_CLIENT, clientKey, windowStart).size() < settings.maxRequestsPerClient();
        attempts.record(BY_EMAIL, mailKey, now);
        if (clientKey != null) {
            attempts.record(BY_CLIENT, clientKey, now);
        }
        return mailOk && clientOk;
    }
}
