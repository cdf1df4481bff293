package nl.sleutelnet.bootstrap.simulation;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.SecretSource;

/**
 * Everything random in a run comes from the seed: the streams of the city, the world and the reports, and the ids and
 * "secrets" the core draws (which a real installation takes from {@link java.security.SecureRandom}; a simulation's
 * tokens protect nothing).
 */
final class Seeds {

    private Seeds() {
    }

    /** SplitMix64's finaliser over the values: a well-spread seed for a sub-stream. */
    static long mix(long... values) {
        long h = 0x9E3779B97F4A7C15L;
        for (long v : values) {
            h += v * 0xBF58476D1CE4E5B9L;
            h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
            h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
            h = h ^ (h >>> 31);
        }
        return h;
    }

    /** Ids numbered from the seed: the same run gives the same ids. */
    static IdGenerator ids(long seed) {
        AtomicLong next = new AtomicLong();
        long high = mix(seed, 0x1D5L);
        return () -> new UUID(high, next.incrementAndGet());
    }

    /** Bytes from a seeded generator, for the core's tracking codes and poll links in a simulation only. */
    static SecretSource secrets(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(mix(seed, 0x5EC7L));
        return count -> {
            byte[] bytes = new byte[count];
            synchronized (random) {
                random.nextBytes(bytes);
            }
            return bytes;
        };
    }
}
