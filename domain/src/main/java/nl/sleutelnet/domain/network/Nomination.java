package nl.sleutelnet.domain.network;

import static com.google.common.base.Preconditions.checkNotNull;

import nl.sleutelnet.domain.shared.Invariants;

/** Who put a candidate forward: a key person or a partner of the network, and why. */
public record Nomination(MemberRef nominatedBy, String motivation) {

    public static final int MAX_MOTIVATION = 500;

    public Nomination {
        checkNotNull(nominatedBy, "nominatedBy");
        motivation = motivation == null || motivation.isBlank() ? "" : motivation.strip();
        Invariants.require(motivation.length() <= MAX_MOTIVATION, "nomination.motivation.too-long",
                "A motivation may be at most %d characters.", MAX_MOTIVATION);
    }
}
