package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkNotNull;

import nl.sleutelnet.domain.network.MemberRef;

/**
 * A key person or partner of the network who takes part, with their part described ("leidt de gesprekken met ouders
 * van De Spoorzoeker"). Their part in the work, never a polarisation role: roles tag dynamics ({@link DynamicTag}).
 */
public record Participant(MemberRef member, String part) {

    public static final int MAX_PART = 500;

    public Participant {
        checkNotNull(member, "member");
        part = InterventionText.required(part, MAX_PART, "The part of a participant");
    }
}
