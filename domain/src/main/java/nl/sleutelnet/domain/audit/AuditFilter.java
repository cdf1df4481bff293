package nl.sleutelnet.domain.audit;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * Which audit entries to show: every part optional, all parts must hold. Text parts match case-insensitively.
 *
 * @param from            entries at or after this moment
 * @param to              entries before this moment
 * @param actor           part of the actor's name, or the account id
 * @param action          part of the action, e.g. {@code KeyPerson}
 * @param objectType      the object type exactly, e.g. {@code KeyPerson}
 * @param objectId        the object id exactly; also finds entries that name it as a data subject
 * @param result          the result
 * @param purpose         the purpose
 * @param disclosuresOnly only disclosures to third parties
 */
public record AuditFilter(Optional<Instant> from, Optional<Instant> to, Optional<String> actor,
        Optional<String> action, Optional<String> objectType, Optional<String> objectId,
        Optional<AuditResult> result, Optional<AuditPurpose> purpose, boolean disclosuresOnly) {

    public AuditFilter {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        actor = text(actor);
        action = text(action);
        objectType = text(objectType);
        objectId = text(objectId);
        checkNotNull(result, "result");
        checkNotNull(purpose, "purpose");
        Invariants.require(from.isEmpty() || to.isEmpty() || from.get().isBefore(to.get()), "audit.period.invalid",
                "The period ends before it starts: choose a 'to' after the 'from'.");
    }

    public static AuditFilter everything() {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /** The rule every adapter follows; the memory adapter uses it as it is. */
    public boolean matches(AuditEntry entry) {
        return from.map(f -> !entry.at().isBefore(f)).orElse(true)
                && to.map(t -> entry.at().isBefore(t)).orElse(true)
                && actor.map(a -> contains(entry.actor().name(), a)
                        || entry.actor().account().map(id -> id.value().toString().equalsIgnoreCase(a)).orElse(false))
                        .orElse(true)
                && action.map(a -> contains(entry.action(), a)).orElse(true)
                && objectType.map(t -> entry.objectType().map(t::equalsIgnoreCase).orElse(false)).orElse(true)
                && objectId.map(i -> entry.objectId().map(i::equalsIgnoreCase).orElse(false)
                        || entry.dataSubjects().stream().anyMatch(i::equalsIgnoreCase)).orElse(true)
                && result.map(r -> r == entry.result()).orElse(true)
                && purpose.map(p -> p == entry.purpose()).orElse(true)
                && (!disclosuresOnly || entry.disclosure().isPresent());
    }

    /** The text with its letters in lower case, as the adapters compare. */
    public static String folded(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static boolean contains(String text, String part) {
        return folded(text).contains(folded(part));
    }

    private static Optional<String> text(Optional<String> value) {
        return checkNotNull(value, "value").map(String::strip).filter(v -> !v.isEmpty());
    }
}
