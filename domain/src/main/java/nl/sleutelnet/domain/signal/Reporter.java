package nl.sleutelnet.domain.signal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;
import nl.sleutelnet.domain.privacy.Erased;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * Who reported: a key person, partner or staff member by id, or an open source by a short public description
 * ("Dagblad De Limburger", "openbare Facebookgroep Wij zijn Malberg").
 *
 * @param id    the key person, partner or account; null for an open source
 * @param label for an open source: what it is; otherwise empty
 */
public record Reporter(ReporterKind kind, UUID id, String label) {

    public static final int MAX_LABEL = 120;

    public Reporter {
        checkNotNull(kind, "kind");
        label = label == null ? "" : label.strip();
        if (kind == ReporterKind.OPEN_SOURCE) {
            Invariants.require(id == null, "signal.reporter.open-source-id",
                    "An open source is described, not registered: it has no id.");
            label = Invariants.requireText(label, MAX_LABEL, "signal.reporter.label",
                    "A description of the open source");
        } else {
            Invariants.require(id != null, "signal.reporter.id", "Say which %s reported the signal.", kind);
            Invariants.require(label.length() <= MAX_LABEL, "signal.reporter.label", "The label is too long.");
        }
    }

    public static Reporter openSource(String description) {
        return new Reporter(ReporterKind.OPEN_SOURCE, null, description);
    }

    /**
     * Stands for a reporter whose link was removed (an erasure, or a retention term): the kind stays, the id is a
     * placeholder that points at nobody ({@link Erased#placeholder}), the label says so.
     */
    public static Reporter forgotten(ReporterKind kind, UUID placeholder) {
        return new Reporter(kind, placeholder, kind == ReporterKind.KEY_PERSON ? Erased.KEY_PERSON : Erased.MEMBER);
    }

    /** Whether this reporter's link was removed. */
    public boolean isForgotten() {
        return kind != ReporterKind.OPEN_SOURCE && Erased.isPlaceholder(id);
    }

    /** Two reports come from the same source when the reporter is the same (or the same open source). */
    public boolean sameSourceAs(Reporter other) {
        return kind == other.kind && (kind == ReporterKind.OPEN_SOURCE
                ? label.equalsIgnoreCase(other.label) : id.equals(other.id));
    }
}
