package nl.sleutelnet.domain.signal;

import nl.sleutelnet.domain.shared.Invariants;

/** How strong the tension is, from 1 (a murmur) to 5 (threat of escalation). */
public record Intensity(int value) {

    public Intensity {
        Invariants.require(value >= 1 && value <= 5, "signal.intensity.invalid",
                "Intensity is 1 (a murmur) to 5 (threat of escalation); it was %d.", value);
    }

    public static Intensity of(int value) {
        return new Intensity(value);
    }
}
