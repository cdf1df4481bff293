package nl.sleutelnet.adapters.web.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.sleutelnet.application.port.in.network.ImportRow;
import nl.sleutelnet.domain.shared.DomainException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the rows of a spreadsheet as municipalities keep them: CSV (comma, semicolon or tab, UTF-8 with or without a
 * byte order mark) or the first sheet of an XLSX workbook. The first row holds the headings. Dates in XLSX cells are
 * read as ISO dates, whatever the cell's display format.
 */
public final class SpreadsheetReader {

    public static final int MAX_ROWS = 5000;
    private static final DataFormatter TEXT = new DataFormatter(Locale.forLanguageTag("nl-NL"));

    private SpreadsheetReader() {
    }

    public static List<ImportRow> read(String filename, byte[] content) {
        if (content.length == 0) {
            throw DomainException.invalid("import.file.empty", "The file is empty.");
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 1 && content[0] == 'P' && content[1] == 'K';
        if (name.endsWith(".xlsx") || zip) {
            return xlsx(content);
        }
        if (name.endsWith(".xls")) {
            throw DomainException.invalid("import.file.xls",
                    "Old Excel files (.xls) cannot be read: save the sheet as .xlsx or .csv.");
        }
        return csv(content);
    }

    private static List<ImportRow> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';'
                : count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setTrim(true).setAllowMissingColumnNames(true)
                .get();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> headings = parser.getHeaderNames();
            List<ImportRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < headings.size(); i++) {
                    cells.put(headings.get(i), i < record.size() ? record.get(i) : "");
                }
                // empty lines are records too, so the number is the line the user sees (for one-line records)
                rows.add(new ImportRow((int) record.getRecordNumber() + 1, cells));
                limit(rows);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw unreadable("The CSV file could not be read: " + e.getMessage());
        }
    }

    private static List<ImportRow> xlsx(byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw unreadable("The first sheet has no heading row.");
            }
            List<String> headings = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                headings.add(text(header.getCell(c)));
            }
            List<ImportRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < headings.size(); c++) {
                    cells.put(headings.get(c), text(row.getCell(c)));
                }
                rows.add(new ImportRow(r + 1, cells));
                limit(rows);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw unreadable("The XLSX file could not be read: " + e.getMessage());
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return TEXT.formatCellValue(cell).strip();
    }

    private static void limit(List<ImportRow> rows) {
        if (rows.size() > MAX_ROWS) {
            throw DomainException.invalid("import.file.too-many-rows",
                    "The file has more than " + MAX_ROWS + " rows; split it into smaller files.");
        }
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(x -> x == c).count();
    }

    private static DomainException unreadable(String message) {
        return DomainException.invalid("import.file.unreadable", message);
    }
}
