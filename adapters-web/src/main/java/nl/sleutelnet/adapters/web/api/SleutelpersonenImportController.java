package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.sleutelnet.adapters.web.spreadsheet.SpreadsheetReader;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.network.ImportKeyPersonsUseCase;
import nl.sleutelnet.application.port.in.network.ImportPreview;
import nl.sleutelnet.application.port.in.network.ImportRow;
import nl.sleutelnet.domain.access.Actor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping(ApiVersion.BASE_PATH + "/sleutelpersonen/import")
@Tag(name = "Sleutelpersonen")
public class SleutelpersonenImportController {

    private final ImportKeyPersonsUseCase imports;

    public SleutelpersonenImportController(ImportKeyPersonsUseCase imports) {
        this.imports = imports;
    }

    @Schema(name = "ImportProbleem")
    public record ProbleemDto(String kolom, String code, String melding) {
    }

    @Schema(name = "ImportRegel")
    public record RegelDto(int regel, String naam,
            @Schema(allowableValues = {"NEW", "DUPLICATE", "INVALID"}) String uitkomst, List<ProbleemDto> problemen,
            String zelfdeAls) {
    }

    @Schema(name = "ImportResultaat")
    public record ImportDto(@Schema(description = "true: de nieuwe regels zijn opgeslagen; false: alleen een voorbeeld")
            boolean bevestigd, long nieuw, long dubbel, long fout, List<String> onbekendeKolommen,
            List<RegelDto> regels) {
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(summary = "Een lijst sleutelpersonen (CSV of XLSX) controleren, en met bevestigen=true importeren",
            description = "Zonder bevestigen wordt niets opgeslagen: het antwoord zegt per regel en kolom wat er "
                    + "gebeurt. Met bevestigen=true worden de nieuwe, geldige regels in één keer opgeslagen; wie al "
                    + "in Sleutelnet staat wordt overgeslagen. Kolommen: naam, email, telefoon, buurten, themas, "
                    + "talen, bereik, notities, toestemming_op, toestemming_hoe, doelen, status.")
    public ImportDto importeren(Actor actor, @RequestPart(name = "bestand", required = false) MultipartFile bestand,
            @RequestParam(defaultValue = "false") @Parameter(description = "true om echt te importeren")
            boolean bevestigen) {
        if (bestand == null || bestand.isEmpty()) {
            throw InvalidCommandException.of("bestand", "validation.NotNull",
                    "Send the list as a multipart part 'bestand' (CSV or XLSX).");
        }
        List<ImportRow> rows;
        try {
            rows = SpreadsheetReader.read(bestand.getOriginalFilename(), bestand.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportPreview result = bevestigen ? imports.importRows(actor, rows) : imports.preview(actor, rows);
        return new ImportDto(bevestigen, result.count(ImportPreview.Outcome.NEW),
                result.count(ImportPreview.Outcome.DUPLICATE), result.count(ImportPreview.Outcome.INVALID),
                result.unknownColumns(), result.rows().stream().map(r -> new RegelDto(r.line(), r.name(),
                        r.outcome().name(), r.problems().stream().map(p -> new ProbleemDto(p.column(), p.code(),
                                p.message())).toList(), r.duplicateOf())).toList());
    }
}
