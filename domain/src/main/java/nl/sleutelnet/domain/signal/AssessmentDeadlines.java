package nl.sleutelnet.domain.signal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.List;

/**
 * How long a received signal may wait for its assessment, per intensity: the stronger the tension, the sooner.
 *
 * @param byIntensity five durations, for intensity 1 to 5
 */
public record AssessmentDeadlines(List<Duration> byIntensity) {

    public AssessmentDeadlines {
        checkNotNull(byIntensity, "byIntensity");
        checkArgument(byIntensity.size() == 5, "one deadline per intensity 1 to 5");
        byIntensity = List.copyOf(byIntensity);
        byIntensity.forEach(d -> checkArgument(!d.isNegative() && !d.isZero(), "a deadline is positive"));
    }

    /** 20, 10, 5, 2 and 1 days for intensity 1 to 5. */
    public static AssessmentDeadlines defaults() {
        return new AssessmentDeadlines(List.of(Duration.ofDays(20), Duration.ofDays(10), Duration.ofDays(5),
                Duration.ofDays(2), Duration.ofDays(1)));
    }

    public Duration forIntensity(Intensity intensity) {
        return byIntensity.get(intensity.value() - 1);
    }
}
