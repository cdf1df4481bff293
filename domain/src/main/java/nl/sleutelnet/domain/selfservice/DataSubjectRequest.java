package nl.sleutelnet.domain.selfservice;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;

/**
 * A key person's request to the coordinator: a correction in their own words, or erasure. It stays open until the
 * coordinator marks it handled ("afgehandeld"), with when and by whom.
 *
 * @param text      the key person's own words (a correction); for erasure a fixed sentence
 * @param handledAt when the coordinator marked it handled, or null while open
 * @param handledBy the coordinator's account, with {@code handledAt}
 */
public record DataSubjectRequest(UUID id, KeyPersonId keyPerson, RequestKind kind, String text, Instant submittedAt,
        Instant handledAt, AccountId handledBy, long version) {

    public static final int MAX_TEXT = 2000;

    public DataSubjectRequest {
        checkNotNull(id, "id");
        checkNotNull(keyPerson, "keyPerson");
        checkNotNull(kind, "kind");
        text = Invariants.requireText(text, MAX_TEXT, "data-subject-request.text.invalid", "The request");
        submittedAt = Timestamps.stored(checkNotNull(submittedAt, "submittedAt"));
        handledAt = handledAt == null ? null : Timestamps.stored(handledAt);
        Invariants.require((handledAt == null) == (handledBy == null), "data-subject-request.handled",
                "A handled request records when and by whom.");
        Invariants.require(version >= 0, "data-subject-request.version", "A version cannot be negative.");
    }

    /**
     * A correction in the key person's own words. The text is about themself, so it is not screened for identifiers
     * (a phone number or address to correct is the point); only its length is limited.
     */
    public static DataSubjectRequest correction(UUID id, KeyPersonId keyPerson, String text, Instant at) {
        return new DataSubjectRequest(id, keyPerson, RequestKind.CORRECTION, text, at, null, null, 0);
    }

    public static DataSubjectRequest erasure(UUID id, KeyPersonId keyPerson, Instant at) {
        return new DataSubjectRequest(id, keyPerson, RequestKind.ERASURE,
                "Verwijder alle gegevens over mij (ik heb Sleutelnet verlaten).", at, null, null, 0);
    }

    public boolean isOpen() {
        return handledAt == null;
    }

    public Optional<Instant> handled() {
        return Optional.ofNullable(handledAt);
    }

    public DataSubjectRequest markHandled(Instant at, AccountId by) {
        if (!isOpen()) {
            throw DomainException.conflict("data-subject-request.already-handled",
                    "This request was marked handled already, on %s.", handledAt);
        }
        return new DataSubjectRequest(id, keyPerson, kind, text, submittedAt, at, checkNotNull(by, "by"), version);
    }
}
