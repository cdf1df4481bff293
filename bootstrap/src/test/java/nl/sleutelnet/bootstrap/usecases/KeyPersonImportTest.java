package nl.sleutelnet.bootstrap.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.application.port.in.network.ImportKeyPersonsUseCase;
import nl.sleutelnet.application.port.in.network.ImportPreview;
import nl.sleutelnet.application.port.in.network.ImportPreview.Outcome;
import nl.sleutelnet.application.port.in.network.ImportRow;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import org.junit.jupiter.api.Test;

/** Importing the municipality's spreadsheet: a preview that names row and column, nothing saved before confirming. */
class KeyPersonImportTest {

    private final CoreFixture fixture = new CoreFixture();
    private final Actor coordinator = fixture.actor("regisseur", "COORDINATOR");
    private final ImportKeyPersonsUseCase imports = fixture.useCase(ImportKeyPersonsUseCase.class);

    private static ImportRow row(int line, String... pairs) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            cells.put(pairs[i], pairs[i + 1]);
        }
        return new ImportRow(line, cells);
    }

    private final List<ImportRow> sheet = List.of(
            row(2, "Naam", "Anouk Vermeulen", "E-mail", "anouk@example.org", "Buurten", "Frontenkwartier",
                    "Thema's", "Wij-zij-denken; discriminatie", "Toestemming op", "1-9-2025",
                    "Toestemming hoe", "getekend formulier", "Doelen", "alle", "Status", "actief"),
            row(3, "Naam", "Youssef Amrani", "E-mail", "", "Buurten", "BU09350302, Boschpoort", "Thema's", "religie"),
            row(4, "Naam", "", "E-mail", "geen-adres", "Buurten", "Atlantis", "Thema's", "", "Status", "actief"),
            row(5, "Naam", "anouk vermeulen", "E-mail", "ANOUK@example.org", "Buurten", "Frontenkwartier"),
            row(6, "Naam", "", "E-mail", "", "Buurten", ""));

    @Test
    void thePreviewSaysPerRowAndColumnWhatHappensAndSavesNothing() {
        ImportPreview preview = imports.preview(coordinator, sheet);
        assertThat(preview.rows()).extracting(ImportPreview.Row::line, ImportPreview.Row::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, Outcome.NEW), org.assertj.core.groups.Tuple.tuple(3, Outcome.NEW),
                org.assertj.core.groups.Tuple.tuple(4, Outcome.INVALID),
                org.assertj.core.groups.Tuple.tuple(5, Outcome.DUPLICATE));
        assertThat(preview.rows().get(2).problems()).extracting(ImportPreview.Problem::column)
                .containsExactlyInAnyOrder("buurten", "status", "naam", "email");
        assertThat(preview.rows().get(2).problems()).anySatisfy(p ->
                assertThat(p.message()).contains("'Atlantis' is geen buurt"));
        assertThat(preview.rows().get(3).duplicateOf()).contains("regel 2");
        assertThat(fixture.persistence.keyPersons().findAll()).isEmpty();
    }

    @Test
    void confirmingImportsTheNewRowsAndImportingAgainAddsNobody() {
        imports.importRows(coordinator, sheet);
        List<KeyPerson> imported = fixture.persistence.keyPersons().findAll();
        assertThat(imported).extracting(KeyPerson::displayName).containsExactly("Anouk Vermeulen", "Youssef Amrani");
        KeyPerson anouk = imported.get(0);
        assertThat(anouk.status()).isEqualTo(KeyPersonStatus.ACTIVE);
        assertThat(anouk.legalBasis()).hasValueSatisfying(b -> assertThat(b.purposes()).hasSize(4));
        assertThat(anouk.profile().themes()).extracting(t -> t.value()).containsExactly("discriminatie", "wij-zij");
        assertThat(imported.get(1).status()).isEqualTo(KeyPersonStatus.CANDIDATE);
        assertThat(imported.get(1).profile().neighbourhoods()).hasSize(2);

        ImportPreview again = imports.importRows(coordinator, sheet);
        assertThat(again.count(Outcome.NEW)).isZero();
        assertThat(again.count(Outcome.DUPLICATE)).isEqualTo(3);
        assertThat(fixture.persistence.keyPersons().findAll()).hasSize(2);
    }

    @Test
    void unknownColumnsAreReportedNotLost() {
        ImportPreview preview = imports.preview(coordinator, List.of(row(2, "Naam", "Anna", "Buurten", "Malberg",
                "Religie", "x")));
        assertThat(preview.unknownColumns()).containsExactly("religie");
        assertThat(preview.rows()).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo(Outcome.NEW));
    }
}
