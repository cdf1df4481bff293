package nl.sleutelnet.domain.testdata;

import static java.util.stream.Collectors.toSet;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.signal.HowObtained;
import nl.sleutelnet.domain.signal.Intensity;
import nl.sleutelnet.domain.signal.Reporter;
import nl.sleutelnet.domain.signal.ReporterKind;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.signal.TrackingCode;
import nl.sleutelnet.domain.theme.ThemeCode;

/** Test data: a received signal of intensity 3 in Malberg on us-versus-them, reported by staff. */
public final class SignalBuilder {

    public static final Instant RECEIVED = Instant.parse("2026-03-02T10:00:00Z");
    public static final AccountId STAFF = new AccountId(new UUID(9, 9));
    private static final java.util.Random RANDOM = new java.util.Random();

    private Reporter reporter = new Reporter(ReporterKind.STAFF, STAFF.value(), "");
    private Set<String> buurten = Set.of("BU09350207");
    private Set<String> themes = Set.of("wij-zij");
    private int intensity = 3;
    private String description = "Jongeren en buurtbewoners botsen bij het winkelcentrum over de nieuwe opvang.";
    private Instant observedAt = RECEIVED.minusSeconds(3600);
    private Instant receivedAt = RECEIVED;

    public static SignalBuilder aSignal() {
        return new SignalBuilder();
    }

    public SignalBuilder in(String... codes) {
        this.buurten = Set.of(codes);
        return this;
    }

    public SignalBuilder about(String... codes) {
        this.themes = Set.of(codes);
        return this;
    }

    public SignalBuilder withIntensity(int value) {
        this.intensity = value;
        return this;
    }

    public SignalBuilder reportedBy(Reporter value) {
        this.reporter = value;
        return this;
    }

    public SignalBuilder describing(String value) {
        this.description = value;
        return this;
    }

    public SignalBuilder receivedAt(Instant value) {
        this.receivedAt = value;
        this.observedAt = value.minusSeconds(3600);
        return this;
    }

    public Signal.Report report() {
        return new Signal.Report(reporter, HowObtained.CONVERSATION, buurten.stream().map(NeighbourhoodCode::of).collect(toSet()),
                themes.stream().map(ThemeCode::of).collect(toSet()), Intensity.of(intensity), description, observedAt);
    }

    public Signal build() {
        byte[] random = new byte[9];
        RANDOM.nextBytes(random);
        return Signal.report(new SignalId(UUID.randomUUID()), report(), receivedAt,
                TrackingCode.fromRandomBytes(random), STAFF, STAFF);
    }
}
