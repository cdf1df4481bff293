package nl.sleutelnet.domain.privacy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.domain.shared.Timestamps;

/**
 * One line of the deletion register ("verwijderregister"): an erasure of one key person (GDPR article 17) or a run of
 * the retention terms, with when, why, by whom and how many of each kind were removed or anonymised. It holds no
 * personal data of the people forgotten: not their id, not their name; the audit log's entry of the same call names the
 * erased key person's id, which points at a record that names nobody.
 *
 * @param actor  who did it: the username at the time, or {@code system} for the scheduled job
 * @param reason for an erasure why; for a retention run {@link ErasureReason#RETENTION}
 * @param counts how many of each kind; kinds with none are left out
 */
public record DeletionRecord(UUID id, Kind kind, Instant at, ErasureReason reason, String actor,
        Map<Removal, Integer> counts) {

    public enum Kind {
        /** One key person erased. */
        ERASURE,
        /** The retention terms applied. */
        RETENTION
    }

    public DeletionRecord {
        checkNotNull(id, "id");
        checkNotNull(kind, "kind");
        at = Timestamps.stored(checkNotNull(at, "at"));
        checkNotNull(reason, "reason");
        checkArgument(kind == Kind.ERASURE || reason == ErasureReason.RETENTION, "a retention run has reason RETENTION");
        checkArgument(actor != null && !actor.isBlank() && actor.length() <= 100, "an actor");
        checkNotNull(counts, "counts");
        counts.values().forEach(n -> checkArgument(n != null && n >= 0, "counts are zero or more"));
        counts = ImmutableSortedMap.copyOf(Maps2.withoutZeros(counts));
    }

    public int count(Removal removal) {
        return Optional.ofNullable(counts.get(removal)).orElse(0);
    }

    /** The total of every kind. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Helper kept private to the record's package. */
    static final class Maps2 {
        private Maps2() {
        }

        static Map<Removal, Integer> withoutZeros(Map<Removal, Integer> counts) {
            java.util.EnumMap<Removal, Integer> kept = new java.util.EnumMap<>(Removal.class);
            counts.forEach((k, v) -> {
                if (v > 0) {
                    kept.put(k, v);
                }
            });
            return kept;
        }
    }
}
