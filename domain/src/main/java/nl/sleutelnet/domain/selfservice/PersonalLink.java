package nl.sleutelnet.domain.selfservice;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.UUID;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;

/**
 * A "Mijn Sleutelnet" link sent to one key person: the hash of its secret, when it was issued and until when it
 * works. Unlike a poll link it can be used again and again within that time, each time opening a self-service session
 * for that one key person. A newer link does not end an older one; each ends at its own time.
 *
 * @param id          the link's own id (for the audit log; never the secret)
 * @param issuedByStaff whether a coordinator sent it (false: the key person asked for it with their e-mail address)
 */
public record PersonalLink(UUID id, KeyPersonId keyPerson, String tokenHash, Instant issuedAt, Instant expiresAt,
        boolean issuedByStaff) {

    public PersonalLink {
        checkNotNull(id, "id");
        checkNotNull(keyPerson, "keyPerson");
        Invariants.require(PersonalLinkToken.isHash(tokenHash), "personal-link.token-hash",
                "A personal link keeps the SHA-256 hash (64 hex digits) of its secret.");
        issuedAt = Timestamps.stored(checkNotNull(issuedAt, "issuedAt"));
        expiresAt = Timestamps.stored(checkNotNull(expiresAt, "expiresAt"));
        Invariants.require(expiresAt.isAfter(issuedAt), "personal-link.expiry",
                "A personal link expires after it was issued.");
    }

    public boolean worksAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
