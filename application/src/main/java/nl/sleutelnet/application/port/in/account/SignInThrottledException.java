package nl.sleutelnet.application.port.in.account;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import nl.sleutelnet.domain.shared.DomainException;

/**
 * Sign-in refused without looking at the password: too many failed attempts for this username or from this client
 * address. It says when to try again, and the same for a username that exists and one that does not.
 */
public final class SignInThrottledException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient Instant retryAt;

    public SignInThrottledException(Instant retryAt) {
        super(Kind.UNAUTHENTICATED, "sign-in.throttled", "Too many failed sign-in attempts. Try again after "
                + checkNotNull(retryAt, "retryAt") + ".");
        this.retryAt = retryAt;
    }

    /** The first moment a new attempt is looked at again. */
    public Instant retryAt() {
        return retryAt;
    }
}
