package nl.sleutelnet.adapters.persistence.jdbc;

import static nl.sleutelnet.domain.testdata.SignalBuilder.STAFF;
import static nl.sleutelnet.domain.testdata.SignalBuilder.aSignal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.domain.signal.HowObtained;
import nl.sleutelnet.domain.signal.Reporter;
import nl.sleutelnet.domain.signal.Sighting;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.temperature.Reliability;
import org.junit.jupiter.api.Test;

/** Signal rows there and back again. */
class SignalRowMapperTest {

    private final SignalRowMapper mapper = SignalRowMapper.INSTANCE;

    @Test
    void signalsInEveryState() {
        Instant t = Instant.parse("2026-03-02T12:00:00Z");
        Signal received = aSignal().build();
        Signal full = received.addSighting(new Sighting(UUID.randomUUID(), Reporter.openSource("krant"),
                HowObtained.MEDIA, t, t, "Artikel"), STAFF).assess(Reliability.MEDIUM, "Duiding", t, STAFF)
                .actOn(UUID.randomUUID(), t, STAFF);
        for (Signal signal : List.of(received, full)) {
            Signal.Snapshot s = signal.snapshot();
            Rows.SignalRow row = mapper.toRow(s, signal.lastObservedAt());
            List<Sighting> sightings = s.sightings().stream().map(x -> mapper.toSighting(mapper.toRow(x, s.id().value(), 0)))
                    .toList();
            var history = s.history().stream().map(e -> mapper.toEvent(mapper.toRow(e, s.id().value(), 0))).toList();
            assertThat(sightings).isEqualTo(s.sightings());
            assertThat(history).isEqualTo(s.history());
            assertThat(mapper.toSnapshot(row, s.report().neighbourhoods(), s.report().themes(), sightings, history))
                    .isEqualTo(s);
        }
    }
}
