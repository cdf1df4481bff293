package nl.sleutelnet.application.port.in.privacy;

import java.util.List;
import nl.sleutelnet.domain.privacy.DeletionRecord;
import nl.sleutelnet.domain.privacy.RetentionTerms;

/** The configured retention terms and the latest lines of the deletion register, newest first. */
public record RetentionOverview(RetentionTerms terms, List<DeletionRecord> latest) {

    public RetentionOverview {
        latest = List.copyOf(latest);
    }
}
