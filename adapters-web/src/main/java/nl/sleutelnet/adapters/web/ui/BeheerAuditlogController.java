package nl.sleutelnet.adapters.web.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.audit.AuditQuery;
import nl.sleutelnet.application.port.in.audit.ExportAuditLogUseCase;
import nl.sleutelnet.application.port.in.audit.SearchAuditLogUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.audit.AuditPurpose;
import nl.sleutelnet.domain.audit.AuditResult;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/** The audit viewer for the administrator: filters, a page of entries, and the same selection as a CSV file. */
@Controller
@RequestMapping("/beheer/auditlog")
public class BeheerAuditlogController {

    static final int PAGE_SIZE = 50;
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final SearchAuditLogUseCase search;
    private final ExportAuditLogUseCase export;
    private final MessageSource messages;

    public BeheerAuditlogController(SearchAuditLogUseCase search, ExportAuditLogUseCase export,
            MessageSource messages) {
        this.search = search;
        this.export = export;
        this.messages = messages;
    }

    /** The filters as the form sends them; every one optional. */
    public record Filter(String van, String tot, String actor, String actie, String objectType, String objectId,
            String resultaat, String doel, Boolean verstrekkingen, Integer pagina) {

        AuditQuery query(int size) {
            List<FieldViolation> wrong = new ArrayList<>();
            LocalDate from = date("from", van, wrong);
            LocalDate to = date("to", tot, wrong);
            if (!wrong.isEmpty()) {
                throw new InvalidCommandException(wrong);
            }
            return new AuditQuery(from, to, actor, actie, objectType, objectId, resultaat, doel, disclosuresOnly(),
                    pagina == null ? 0 : Math.max(pagina, 0), size);
        }

        public boolean disclosuresOnly() {
            return Boolean.TRUE.equals(verstrekkingen);
        }

        private static LocalDate date(String field, String text, List<FieldViolation> wrong) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                wrong.add(new FieldViolation(field, "audit.date.invalid",
                        "'" + text + "' is not a date; use the form yyyy-mm-dd."));
                return null;
            }
        }
    }

    @GetMapping
    public String overzicht(Actor actor, @ModelAttribute("filter") Filter filter,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        actor.require(Permission.VIEW_AUDIT);
        AuditQuery query;
        try {
            query = filter.query(PAGE_SIZE);
            model.addAttribute("fouten", FormErrors.none());
        } catch (DomainException e) {
            model.addAttribute("fouten", FormErrors.of(e, messages, locale));
            query = AuditQuery.everything(0, PAGE_SIZE);
        }
        model.addAttribute("pagina", search.searchAuditLog(actor, query));
        model.addAttribute("doelen", AuditPurpose.values());
        model.addAttribute("resultaten", AuditResult.values());
        return htmx != null ? "beheer/auditlog :: resultaten" : "beheer/auditlog";
    }

    /** What the filter shows, every page of it; a filter that does not parse is refused like any other. */
    @GetMapping("/export.csv")
    public ResponseEntity<String> csv(Actor actor, @ModelAttribute("filter") Filter filter) {
        String body = AuditCsv.of(export.exportAuditLog(actor, filter.query(PAGE_SIZE)));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("auditlog.csv")
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
