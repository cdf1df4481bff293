package nl.sleutelnet.domain.signal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.UUID;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;

/** The same tension reported again, by the same or another reporter, attached to the signal it confirms. */
public record Sighting(UUID id, Reporter reporter, HowObtained howObtained, Instant observedAt, Instant receivedAt,
        String note) {

    public Sighting {
        checkNotNull(id, "id");
        checkNotNull(reporter, "reporter");
        checkNotNull(howObtained, "howObtained");
        observedAt = Timestamps.stored(checkNotNull(observedAt, "observedAt"));
        receivedAt = Timestamps.stored(checkNotNull(receivedAt, "receivedAt"));
        Invariants.require(!observedAt.isAfter(receivedAt), "signal.observed-after-received",
                "Something cannot be observed after it was reported.");
        note = FreeText.check(note, false, "The note of a sighting");
    }
}
