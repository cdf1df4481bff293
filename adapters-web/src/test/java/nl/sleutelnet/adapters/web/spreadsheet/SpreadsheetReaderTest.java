package nl.sleutelnet.adapters.web.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.sleutelnet.application.port.in.network.ImportRow;
import nl.sleutelnet.domain.shared.DomainException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetReaderTest {

    @Test
    void csvWithSemicolonsAndAByteOrderMarkAsExcelSavesIt() {
        byte[] csv = "\uFEFFNaam;E-mail;Buurten\nAnna;anna@example.org;Malberg, Caberg\n;;\nBram;\"bram@x.org\";Wyck\n"
                .getBytes(StandardCharsets.UTF_8);
        List<ImportRow> rows = SpreadsheetReader.read("lijst.csv", csv);
        assertThat(rows).extracting(ImportRow::line).as("line numbers as the user sees them").containsExactly(2, 3, 4);
        assertThat(rows.get(1).isBlank()).as("an empty row is passed on; the import skips it").isTrue();
        assertThat(rows.get(0).get("naam")).isEqualTo("Anna");
        assertThat(rows.get(0).get("email")).isEqualTo("anna@example.org");
        assertThat(rows.get(0).get("buurten")).isEqualTo("Malberg, Caberg");
        assertThat(rows.get(2).get("email")).isEqualTo("bram@x.org");
    }

    @Test
    void xlsxDatesAreReadAsDatesWhateverTheirFormat() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sleutelpersonen");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("naam");
            header.createCell(1).setCellValue("toestemming_op");
            header.createCell(2).setCellValue("telefoon");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Anna");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d mmmm yyyy"));
            row.createCell(1).setCellValue(LocalDate.of(2025, 3, 15));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(431234567);
            workbook.write(out);
            List<ImportRow> rows = SpreadsheetReader.read("lijst.xlsx", out.toByteArray());
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.get("naam")).isEqualTo("Anna");
                assertThat(r.get("toestemming_op")).isEqualTo("2025-03-15");
                assertThat(r.get("telefoon")).isEqualTo("431234567");
            });
        }
    }

    @Test
    void whatCannotBeReadGetsAClearMessage() {
        assertThatThrownBy(() -> SpreadsheetReader.read("lijst.xls", new byte[] {1, 2}))
                .isInstanceOf(DomainException.class).hasMessageContaining("save the sheet as .xlsx or .csv");
        assertThatThrownBy(() -> SpreadsheetReader.read("lijst.csv", new byte[0]))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> SpreadsheetReader.read("lijst.xlsx", "PK-not-a-zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DomainException.class).hasMessageContaining("XLSX file could not be read");
    }
}
