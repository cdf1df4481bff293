package nl.sleutelnet.application.port.in.privacy;

import java.util.List;
import java.util.stream.Collectors;
import nl.sleutelnet.domain.privacy.RetentionTerms;

/**
 * The processing register (GDPR article 30) of Sleutelnet, generated: one activity per purpose the audit log records,
 * with the configured retention terms. Deterministic: the same settings give the same text (docs/verwerkingsregister.md
 * is this text for the default settings, and a test keeps it so).
 *
 * @param controller who is responsible (verwerkingsverantwoordelijke), as configured
 */
public record ProcessingRegister(String controller, RetentionTerms terms, List<ProcessingActivity> activities) {

    public ProcessingRegister {
        activities = List.copyOf(activities);
    }

    /** The register as a Markdown document, in Dutch. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Verwerkingsregister Sleutelnet (artikel 30 AVG)\n\n");
        md.append("<!-- Gegenereerd door Sleutelnet uit de doelen van het auditlog en de ingestelde bewaartermijnen. ")
                .append("Niet met de hand wijzigen: zie docs/privacy.md. -->\n\n");
        md.append("Verwerkingsverantwoordelijke: ").append(controller).append(".\n\n");
        md.append("Dit register beschrijft per verwerkingsactiviteit het doel, de grondslag, de categorieën van ")
                .append("betrokkenen en gegevens, de ontvangers, de bewaartermijnen en de waarborgen. Elke verwerking ")
                .append("van persoonsgegevens in Sleutelnet valt onder één van deze activiteiten; het auditlog ")
                .append("vermeldt bij elke regel de activiteit.\n\n");
        md.append("## Bewaartermijnen\n\n");
        md.append("| Gegevens | Termijn | Gaat in bij | Wat er dan gebeurt |\n|---|---|---|---|\n");
        md.append("| Vertrokken sleutelpersonen | ").append(dutch(terms.departedKeyPersons()))
                .append(" | vertrek | persoonsgegevens gewist; id, buurten en data van de levensloop blijven |\n");
        md.append("| Afgesloten signalen | ").append(dutch(terms.closedSignals()))
                .append(" | afsluiten | melder en vrije tekst geanonimiseerd; buurt, thema, intensiteit en data ")
                .append("blijven |\n");
        md.append("| Afgesloten interventies | ").append(dutch(terms.closedInterventions()))
                .append(" | afsluiten | deelnemers en notities geanonimiseerd; soort, data en uitkomst blijven |\n");
        md.append("| Auditlog | ").append(dutch(terms.auditEntries()))
                .append(" | moment van de regel | regel verwijderd (nooit eerder dan na ")
                .append(dutch(RetentionTerms.AUDIT_FLOOR)).append(") |\n\n");
        for (ProcessingActivity a : activities) {
            md.append("## ").append(a.name()).append("\n\n");
            md.append("Doel in het auditlog: `").append(a.purpose().name()).append("`.\n\n");
            md.append("- **Doel:** ").append(a.purposeText()).append('\n');
            md.append("- **Grondslag:** ").append(a.legalBasis()).append('\n');
            md.append("- **Betrokkenen:** ").append(String.join("; ", a.dataSubjects())).append('\n');
            md.append("- **Gegevens:** ").append(String.join("; ", a.dataCategories())).append('\n');
            md.append("- **Ontvangers:** ").append(String.join("; ", a.recipients())).append('\n');
            md.append("- **Bewaartermijn:** ").append(String.join("; ", a.terms())).append('\n');
            md.append("- **Waarborgen:** ").append(String.join("; ", a.safeguards())).append('\n');
            md.append("- **Verwerkingen in de kern:** ")
                    .append(a.useCases().isEmpty() ? "geen"
                            : a.useCases().stream().map(u -> "`" + u + "`").collect(Collectors.joining(", ")))
                    .append("\n\n");
        }
        return md.toString();
    }

    /** A term in Dutch words: "5 jaar", "18 maanden", "1 jaar en 6 maanden", "30 dagen". */
    public static String dutch(java.time.Period period) {
        java.time.Period term = period.normalized();
        List<String> parts = new java.util.ArrayList<>();
        if (term.getYears() > 0) {
            parts.add(term.getYears() + " jaar");
        }
        if (term.getMonths() > 0) {
            parts.add(term.getMonths() + (term.getMonths() == 1 ? " maand" : " maanden"));
        }
        if (term.getDays() > 0) {
            parts.add(term.getDays() + (term.getDays() == 1 ? " dag" : " dagen"));
        }
        return String.join(" en ", parts);
    }
}
