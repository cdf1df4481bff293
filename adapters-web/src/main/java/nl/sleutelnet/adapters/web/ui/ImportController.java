package nl.sleutelnet.adapters.web.ui;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.sleutelnet.adapters.web.spreadsheet.SpreadsheetReader;
import nl.sleutelnet.application.port.in.network.ImportKeyPersonsUseCase;
import nl.sleutelnet.application.port.in.network.ImportPreview;
import nl.sleutelnet.application.port.in.network.ImportRow;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import wizard: upload a CSV or XLSX list, see per row what will happen and what is wrong (row and column),
 * then confirm. Until then nothing is saved; the rows wait in the user's session.
 */
@Controller
@RequestMapping("/sleutelpersonen/import")
public class ImportController {

    private static final String PENDING = "sleutelnet.import.";

    private final ImportKeyPersonsUseCase imports;
    private final MessageSource messages;

    public ImportController(ImportKeyPersonsUseCase imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping
    public String formulier(Actor actor, Model model) {
        actor.require(Permission.MANAGE_NETWORK);
        model.addAttribute("fouten", FormErrors.none());
        return "sleutelpersonen/import";
    }

    @PostMapping
    public String voorbeeld(Actor actor, @RequestParam(name = "bestand", required = false) MultipartFile file,
            HttpSession session, Model model, Locale locale) {
        actor.require(Permission.MANAGE_NETWORK);
        try {
            if (file == null || file.isEmpty()) {
                throw nl.sleutelnet.application.port.in.InvalidCommandException.of("bestand", "validation.NotNull",
                        "Choose a CSV or XLSX file.");
            }
            List<ImportRow> rows = SpreadsheetReader.read(file.getOriginalFilename(), file.getBytes());
            ImportPreview preview = imports.preview(actor, rows);
            String id = UUID.randomUUID().toString();
            session.setAttribute(PENDING + id, rows);
            model.addAttribute("voorbeeld", preview);
            model.addAttribute("importId", id);
            model.addAttribute("bestandsnaam", file.getOriginalFilename());
            return "sleutelpersonen/import-voorbeeld";
        } catch (DomainException e) {
            model.addAttribute("fouten", FormErrors.of(e, messages, locale));
            return "sleutelpersonen/import";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/bevestigen")
    public String bevestigen(Actor actor, @RequestParam String importId, HttpSession session, Model model) {
        actor.require(Permission.MANAGE_NETWORK);
        @SuppressWarnings("unchecked")
        List<ImportRow> rows = (List<ImportRow>) session.getAttribute(PENDING + importId);
        if (rows == null) {
            throw DomainException.notFound("import.expired",
                    "This import is no longer waiting (it was done already, or the session ended). Upload the file "
                            + "again.");
        }
        ImportPreview done = imports.importRows(actor, rows);
        session.removeAttribute(PENDING + importId);
        model.addAttribute("resultaat", done);
        return "sleutelpersonen/import-klaar";
    }
}
