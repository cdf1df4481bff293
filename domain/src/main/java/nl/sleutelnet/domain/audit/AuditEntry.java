package nl.sleutelnet.domain.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One line of the audit log: a call of a use case, or a disclosure. Written once, never changed. In the terms of the
 * Dutch "Logboek Dataverwerkingen": {@code id} is the operation id, {@code traceId} the trace id, {@code action} the
 * name, {@code purpose} the processing activity, {@code dataSubjects} the data subjects, {@code result} the status.
 *
 * @param id           unique per entry
 * @param traceId      32 hexadecimal characters, shared by every entry of one request
 * @param at           when the call started, UTC, to the microsecond
 * @param actor        who, as they were then
 * @param action       the use case and method, e.g. {@code ShowKeyPersonUseCase.showKeyPerson}
 * @param purpose      why
 * @param objectType   what sort of object, e.g. {@code KeyPerson}
 * @param objectId     which one
 * @param dataSubjects the key persons whose data was processed (their ids), when known
 * @param result       how it ended
 * @param errorCode    for a refusal the core's error code, for a failure the kind of error
 * @param origin       where the call came from
 * @param disclosure   for a disclosure to a third party: to whom and on which basis
 */
public record AuditEntry(UUID id, String traceId, Instant at, AuditActor actor, String action, AuditPurpose purpose,
        Optional<String> objectType, Optional<String> objectId, List<String> dataSubjects, AuditResult result,
        Optional<String> errorCode, AuditOrigin origin, Optional<Disclosure> disclosure) {

    public static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    public static final int MAX_TEXT = 200;
    /** At most this many data subjects are named in one entry (a page of a search holds at most 200). */
    public static final int MAX_SUBJECTS = 200;

    public AuditEntry {
        checkNotNull(id, "id");
        checkArgument(traceId != null && TRACE_ID.matcher(traceId).matches(), "a trace id is 32 hex characters");
        at = checkNotNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        checkNotNull(actor, "actor");
        checkArgument(action != null && !action.isBlank() && action.length() <= MAX_TEXT, "an action");
        checkNotNull(purpose, "purpose");
        objectType = text(objectType);
        objectId = text(objectId);
        dataSubjects = ImmutableList.copyOf(dataSubjects.stream().limit(MAX_SUBJECTS).toList());
        checkNotNull(result, "result");
        errorCode = text(errorCode);
        checkArgument(errorCode.isPresent() == (result != AuditResult.SUCCESS),
                "an error code for a refusal or failure, and only then");
        checkNotNull(origin, "origin");
        checkNotNull(disclosure, "disclosure");
    }

    /** A new trace id: 16 random bytes as hex, as W3C trace context has them. */
    public static String newTraceId(UUID random) {
        return String.format("%016x%016x", random.getMostSignificantBits(), random.getLeastSignificantBits());
    }

    private static Optional<String> text(Optional<String> value) {
        return checkNotNull(value, "value").map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> v.length() <= MAX_TEXT ? v : v.substring(0, MAX_TEXT));
    }
}
