package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * Settings of the key persons' self-service ("Mijn Sleutelnet").
 *
 * @param linkValidity      how long a personal link works (again and again) after it was sent
 * @param maxLinksPerAddress how many links one e-mail address can ask for within {@code requestWindow}
 * @param maxRequestsPerClient how many requests one client (network address) can make within {@code requestWindow}
 * @param requestWindow     the window of both limits
 */
public record SelfServiceSettings(Duration linkValidity, int maxLinksPerAddress, int maxRequestsPerClient,
        Duration requestWindow) {

    public SelfServiceSettings {
        checkNotNull(linkValidity, "linkValidity");
        checkArgument(linkValidity.compareTo(Duration.ofMinutes(5)) >= 0
                && linkValidity.compareTo(Duration.ofDays(31)) <= 0,
                "a personal link works between 5 minutes and 31 days, not %s", linkValidity);
        checkArgument(maxLinksPerAddress >= 1 && maxRequestsPerClient >= 1, "the limits are at least 1");
        checkNotNull(requestWindow, "requestWindow");
        checkArgument(!requestWindow.isNegative() && !requestWindow.isZero(), "the window is positive");
    }

    public static SelfServiceSettings defaults() {
        return new SelfServiceSettings(Duration.ofDays(7), 3, 20, Duration.ofHours(1));
    }
}
