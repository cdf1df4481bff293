package nl.sleutelnet.domain.testdata;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.temperature.Reliability;
import nl.sleutelnet.domain.temperature.SignalEvidence;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * Test data: a signal of intensity 3, judged MEDIUM, from one source, observed once at {@link #NOW} in Malberg
 * (BU09350207) on us-versus-them, unless told otherwise.
 */
public final class SignalEvidenceBuilder {

    public static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    public static final NeighbourhoodCode MALBERG = NeighbourhoodCode.of("BU09350207");
    public static final ThemeCode WIJ_ZIJ = ThemeCode.of("wij-zij");

    private UUID id = UUID.randomUUID();
    private NeighbourhoodCode buurt = MALBERG;
    private ThemeCode theme = WIJ_ZIJ;
    private int intensity = 3;
    private Reliability reliability = Reliability.MEDIUM;
    private int sources = 1;
    private Instant first = NOW;
    private Instant last = NOW;

    public static SignalEvidenceBuilder aSignal() {
        return new SignalEvidenceBuilder();
    }

    public SignalEvidenceBuilder withId(UUID value) {
        this.id = value;
        return this;
    }

    public SignalEvidenceBuilder in(NeighbourhoodCode value) {
        this.buurt = value;
        return this;
    }

    public SignalEvidenceBuilder about(ThemeCode value) {
        this.theme = value;
        return this;
    }

    public SignalEvidenceBuilder intensity(int value) {
        this.intensity = value;
        return this;
    }

    public SignalEvidenceBuilder reliability(Reliability value) {
        this.reliability = value;
        return this;
    }

    public SignalEvidenceBuilder sources(int value) {
        this.sources = value;
        return this;
    }

    /** Observed once, at {@code value}. */
    public SignalEvidenceBuilder observedAt(Instant value) {
        this.first = value;
        this.last = value;
        return this;
    }

    /** Observed once, {@code days} before {@link #NOW}. */
    public SignalEvidenceBuilder observedDaysAgo(long days) {
        return observedAt(NOW.minus(Duration.ofDays(days)));
    }

    /** First observed at {@code first}, last at {@code last}. */
    public SignalEvidenceBuilder observedBetween(Instant firstValue, Instant lastValue) {
        this.first = firstValue;
        this.last = lastValue;
        return this;
    }

    public SignalEvidence build() {
        return new SignalEvidence(id, buurt, theme, intensity, reliability, sources, first, last);
    }
}
