package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.poll.PollToken;

/**
 * Settings of the temperature polls.
 *
 * @param remindBeforeClose how long before a round closes the key persons who did not answer are reminded (once);
 *                          zero: no reminders
 * @param defaultPeriod     how long a round lasts when the coordinator gives no close time
 * @param publicUrl         the address key persons reach Sleutelnet at, without a trailing slash; personal links are
 *                          {@code <publicUrl>/peiling/<token>}
 * @param zone              whose calendar recurring rounds follow and whose clock the mails show (Europe/Amsterdam)
 */
public record PollSettings(Duration remindBeforeClose, Duration defaultPeriod, String publicUrl, ZoneId zone) {

    public PollSettings {
        checkNotNull(remindBeforeClose, "remindBeforeClose");
        checkArgument(!remindBeforeClose.isNegative(), "remindBeforeClose cannot be negative");
        checkNotNull(defaultPeriod, "defaultPeriod");
        checkArgument(defaultPeriod.compareTo(PollRound.SHORTEST_PERIOD) >= 0
                && defaultPeriod.compareTo(PollRound.LONGEST_PERIOD) <= 0,
                "the default period of a round lies between %s and %s", PollRound.SHORTEST_PERIOD,
                PollRound.LONGEST_PERIOD);
        checkNotNull(publicUrl, "publicUrl");
        publicUrl = publicUrl.strip().replaceAll("/+$", "");
        URI uri = URI.create(publicUrl);
        checkArgument(("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null,
                "the public URL is an http(s) address such as https://sleutelnet.maastricht.nl, not '%s'", publicUrl);
        checkNotNull(zone, "zone");
    }

    public static PollSettings defaults() {
        return new PollSettings(Duration.ofDays(2), Duration.ofDays(14), "http://localhost:8080",
                ZoneId.of("Europe/Amsterdam"));
    }

    /** The personal link a key person opens to answer. */
    public String link(PollToken token) {
        return publicUrl + "/peiling/" + token.reveal();
    }

    public boolean remindsAtAll() {
        return !remindBeforeClose.isZero();
    }
}
