package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * How sign-in is throttled. Within any {@code window}, at most {@code maxFailuresPerUsername} failed attempts for one
 * username (known or not) and {@code maxFailuresPerAddress} from one client address are looked at; after that,
 * attempts are refused without checking the password until the oldest counted failure is {@code window} old.
 *
 * @param maxFailuresPerAddress higher than per username: a municipality's offices may share one address
 */
public record SignInSettings(int maxFailuresPerUsername, int maxFailuresPerAddress, Duration window) {

    public SignInSettings {
        checkArgument(maxFailuresPerUsername >= 1, "at least one failed attempt per username before throttling");
        checkArgument(maxFailuresPerAddress >= 1, "at least one failed attempt per address before throttling");
        checkNotNull(window, "window");
        checkArgument(!window.isNegative() && !window.isZero(), "the throttling window must be positive");
    }

    /** 5 failures per username and 50 per address in 15 minutes. */
    public static SignInSettings defaults() {
        return new SignInSettings(5, 50, Duration.ofMinutes(15));
    }
}
