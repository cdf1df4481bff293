package nl.sleutelnet.application.port.in.privacy;

import java.util.List;
import nl.sleutelnet.domain.audit.AuditPurpose;

/**
 * One processing activity of the register (GDPR article 30), in Dutch: one per purpose the audit log knows.
 *
 * @param useCases the use cases of the core that process data for this purpose (their interface names)
 */
public record ProcessingActivity(AuditPurpose purpose, String name, String purposeText, String legalBasis,
        List<String> dataSubjects, List<String> dataCategories, List<String> recipients, List<String> terms,
        List<String> safeguards, List<String> useCases) {

    public ProcessingActivity {
        dataSubjects = List.copyOf(dataSubjects);
        dataCategories = List.copyOf(dataCategories);
        recipients = List.copyOf(recipients);
        terms = List.copyOf(terms);
        safeguards = List.copyOf(safeguards);
        useCases = List.copyOf(useCases);
    }
}
