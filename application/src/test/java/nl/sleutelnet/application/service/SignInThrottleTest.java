package nl.sleutelnet.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new SignInSettings(3, 5, Duration.ofMinutes(15)),
            new nl.sleutelnet.application.fakes.Fakes.Attempts());

    @Test
    void theFourthAttemptWaitsUntilTheFirstFailureLeavesTheWindow() {
        throttle.failed("Regisseur", "10.0.0.1", T0);
        throttle.failed("regisseur", "10.0.0.2", T0.plusSeconds(60));
        assertThat(throttle.refusedUntil("regisseur", "10.0.0.3", T0.plusSeconds(90))).isEmpty();
        throttle.failed("regisseur ", "10.0.0.3", T0.plusSeconds(120));
        assertThat(throttle.refusedUntil("REGISSEUR", "10.0.0.4", T0.plusSeconds(130)))
                .contains(T0.plus(Duration.ofMinutes(15)));
        assertThat(throttle.refusedUntil("regisseur", null, T0.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void successForgetsTheUsernamesFailuresButNotTheAddresses() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("wijkagent", "10.0.0.9", T0);
        }
        throttle.succeeded("wijkagent");
        throttle.failed("wijkagent", "10.0.0.9", T0);
        assertThat(throttle.refusedUntil("wijkagent", null, T0)).isEmpty();
        throttle.failed("iemand", "10.0.0.9", T0);
        throttle.failed("anders", "10.0.0.9", T0);
        assertThat(throttle.refusedUntil("nog.iemand", "10.0.0.9", T0.plusSeconds(1)))
                .contains(T0.plus(Duration.ofMinutes(15)));
        assertThat(throttle.refusedUntil("nog.iemand", "10.0.0.10", T0.plusSeconds(1))).isEmpty();
    }
}
