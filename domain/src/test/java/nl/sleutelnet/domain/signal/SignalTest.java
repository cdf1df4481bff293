package nl.sleutelnet.domain.signal;

import static nl.sleutelnet.domain.testdata.SignalBuilder.STAFF;
import static nl.sleutelnet.domain.testdata.SignalBuilder.aSignal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.temperature.Reliability;
import org.junit.jupiter.api.Test;

class SignalTest {

    private static final Instant T = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void aSignalWithAPhoneNumberIsRefusedWithWhatAndWhere() {
        assertThatThrownBy(() -> aSignal().describing("Bel de moeder op 06-12345678 voor details").build())
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("signal.personal-data");
                    assertThat(e.getMessage()).contains("a phone number (06-… at position 18)");
                });
    }

    @Test
    void theCycleRunsFromReceivedThroughAssessmentToClosed() {
        Signal signal = aSignal().build();
        assertThat(signal.status()).isEqualTo(SignalStatus.RECEIVED);
        assertThat(signal.reliability()).isEqualTo(Reliability.UNKNOWN);
        Signal assessed = signal.assess(Reliability.HIGH, "Bevestigd door de wijkagent", T, STAFF);
        assertThat(assessed.reliability()).isEqualTo(Reliability.HIGH);
        Signal left = assessed.noAction("De buurt lost dit zelf op via het buurtnetwerk", T, STAFF);
        Signal closed = left.close("", T.plusSeconds(60), STAFF);
        assertThat(closed.status()).isEqualTo(SignalStatus.CLOSED);
        assertThat(closed.history()).extracting(SignalEvent::kind).containsExactly(SignalEvent.Kind.REPORTED,
                SignalEvent.Kind.ASSESSED, SignalEvent.Kind.NO_ACTION, SignalEvent.Kind.CLOSED);
        assertThat(Signal.reconstitute(closed.snapshot())).isEqualTo(closed);
    }

    @Test
    void noActionNeedsAReasonAndActingNeedsAnIntervention() {
        Signal assessed = aSignal().build().assess(Reliability.MEDIUM, "Nog onduidelijk", T, STAFF);
        assertThatThrownBy(() -> assessed.noAction(" ", T, STAFF)).hasMessageContaining("reason");
        Signal acted = assessed.actOn(UUID.randomUUID(), T, STAFF);
        assertThat(acted.interventionId()).isPresent();
    }

    @Test
    void stepsOutOfOrderAreRefusedSayingWhatIsPossible() {
        Signal received = aSignal().build();
        assertThatThrownBy(() -> received.noAction("geen", T, STAFF))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("A signal that is RECEIVED cannot become NO_ACTION; "
                                + "possible: ASSESSED."));
        assertThatThrownBy(() -> received.assess(Reliability.UNKNOWN, "?", T, STAFF))
                .hasMessageContaining("HIGH, MEDIUM or LOW");
    }

    @Test
    void aSignalIsOverdueWhenNotAssessedInTheTimeForItsIntensity() {
        AssessmentDeadlines deadlines = AssessmentDeadlines.defaults();
        Signal strong = aSignal().withIntensity(5).build();
        Signal weak = aSignal().withIntensity(1).build();
        Instant twoDaysLater = strong.receivedAt().plus(Duration.ofDays(2));
        assertThat(strong.isOverdue(twoDaysLater, deadlines)).isTrue();
        assertThat(weak.isOverdue(twoDaysLater, deadlines)).isFalse();
        assertThat(strong.assess(Reliability.LOW, "Gezien", twoDaysLater, STAFF).isOverdue(twoDaysLater, deadlines))
                .isFalse();
    }

    @Test
    void independentSightingsRaiseTheNumberOfSources() {
        Signal signal = aSignal().build();
        Reporter sameStaff = new Reporter(ReporterKind.STAFF, STAFF.value(), "");
        Reporter newspaper = Reporter.openSource("Dagblad De Limburger");
        Signal seenAgain = signal.addSighting(new Sighting(UUID.randomUUID(), sameStaff, HowObtained.OWN_OBSERVATION,
                signal.receivedAt(), signal.receivedAt(), ""), STAFF);
        assertThat(seenAgain.independentSources()).isEqualTo(1);
        Signal confirmed = seenAgain.addSighting(new Sighting(UUID.randomUUID(), newspaper, HowObtained.MEDIA,
                signal.receivedAt().plusSeconds(7200), signal.receivedAt().plusSeconds(7300), "Artikel over onrust"),
                STAFF);
        assertThat(confirmed.independentSources()).isEqualTo(2);
        assertThat(confirmed.lastObservedAt()).isEqualTo(signal.receivedAt().plusSeconds(7200));
        assertThat(confirmed.sightings()).hasSize(2);
    }

    @Test
    void theTemperatureReadsOnePieceOfEvidencePerBuurtAndTheme() {
        Signal signal = aSignal().in("BU09350101", "BU09350102").about("samenleven", "veiligheid")
                .withIntensity(4).build();
        Signal assessed = signal.addSighting(new Sighting(UUID.randomUUID(), Reporter.openSource("Buurtapp"),
                HowObtained.PUBLIC_ONLINE, signal.receivedAt().plusSeconds(3600), signal.receivedAt().plusSeconds(3700),
                ""), STAFF).assess(Reliability.HIGH, "Bevestigd", signal.receivedAt().plusSeconds(7200), STAFF);

        assertThat(assessed.evidence()).hasSize(4).allSatisfy(e -> {
            assertThat(e.signalId()).isEqualTo(signal.id().value());
            assertThat(e.intensity()).isEqualTo(4);
            assertThat(e.reliability()).isEqualTo(Reliability.HIGH);
            assertThat(e.independentSources()).isEqualTo(2);
            assertThat(e.firstObservedAt()).isEqualTo(signal.content().observedAt());
            assertThat(e.lastObservedAt()).isEqualTo(signal.receivedAt().plusSeconds(3600));
        });
        assertThat(assessed.evidence()).extracting(e -> e.buurt().value() + "/" + e.theme().value())
                .containsExactlyInAnyOrder("BU09350101/samenleven", "BU09350101/veiligheid",
                        "BU09350102/samenleven", "BU09350102/veiligheid");
        assertThat(signal.evidence()).allSatisfy(e -> assertThat(e.reliability()).isEqualTo(Reliability.UNKNOWN));
    }

    @Test
    void anOpenSourceIsDescribedAndHasNoId() {
        assertThatThrownBy(() -> new Reporter(ReporterKind.OPEN_SOURCE, UUID.randomUUID(), "krant"))
                .hasMessageContaining("no id");
        assertThatThrownBy(() -> new Reporter(ReporterKind.KEY_PERSON, null, ""))
                .hasMessageContaining("Say which KEY_PERSON");
    }

    @Test
    void trackingCodesAreForgivingToType() {
        TrackingCode code = TrackingCode.fromRandomBytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThat(TrackingCode.parse(code.value().toLowerCase().replace("-", " "))).contains(code);
        assertThat(TrackingCode.parse("nonsense")).isEmpty();
    }
}
