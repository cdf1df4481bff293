package nl.sleutelnet.bootstrap.audit;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import nl.sleutelnet.domain.audit.AuditPurpose;

/**
 * How the calls of one use case are audited.
 *
 * @param purpose    the processing purpose its entries carry
 * @param kind       whether a successful call is recorded (refusals and failures always are)
 * @param caller     who calls when the use case takes no {@link nl.sleutelnet.domain.access.Actor}
 * @param objectType the type of object its entries name, e.g. {@code KeyPerson}; empty when there is none
 * @param objectId   the object's id from the arguments and the result (null when the call failed)
 * @param subjects   the key persons whose data the call processed, from the arguments and the result
 */
public record AuditRule(AuditPurpose purpose, Kind kind, Caller caller, Optional<String> objectType,
        BiFunction<Object[], Object, Optional<String>> objectId, BiFunction<Object[], Object, List<String>> subjects) {

    public enum Kind {
        /** Changes something: every call is recorded. */
        CHANGE,
        /** Shows personal data: every call is recorded. */
        PERSONAL_DATA_READ,
        /** Shows no personal data (reference data, aggregates, pick lists): only refusals and failures are recorded. */
        READ,
        /** Writes its own entry on success (a disclosure): only refusals and failures are recorded here. */
        RECORDS_ITSELF;

        boolean recordsSuccess() {
            return this == CHANGE || this == PERSONAL_DATA_READ;
        }
    }

    /** Who calls a use case that takes no actor. */
    public enum Caller {
        /** The actor is the use case's argument (every use case that takes one). */
        ACTOR,
        /** A key person through their personal link. */
        PERSONAL_LINK,
        /** Sleutelnet itself (start-up, scheduled jobs). */
        SYSTEM,
        /** Someone signing in: the actor signed in on success, nobody known on refusal. */
        SIGNING_IN
    }

    public AuditRule {
        checkNotNull(purpose, "purpose");
        checkNotNull(kind, "kind");
        checkNotNull(caller, "caller");
        checkNotNull(objectType, "objectType");
        checkNotNull(objectId, "objectId");
        checkNotNull(subjects, "subjects");
    }

    public AuditRule withObjectId(BiFunction<Object[], Object, Optional<String>> id) {
        return new AuditRule(purpose, kind, caller, objectType, id, subjects);
    }

    public AuditRule withSubjects(BiFunction<Object[], Object, List<String>> keyPersons) {
        return new AuditRule(purpose, kind, caller, objectType, objectId, keyPersons);
    }

    public AuditRule calledBy(Caller who) {
        return new AuditRule(purpose, kind, who, objectType, objectId, subjects);
    }
}
