package fr.revitems.company.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an import file into an {@link ImportTable}. Excel workbooks (.xlsx, first sheet) are
 * recognised by their content; anything else is read as CSV: UTF-8 with or without BOM, UTF-16
 * with BOM, otherwise Windows-1252 (older French Excel); the separator is whichever of
 * {@code ;}, {@code ,} or tab the header line uses most. Blank lines are skipped.
 */
public final class ImportFiles {

    /** 10 MiB: the cluster's whole base (~1,700 structures, ~4,000 contacts) is under 2 MiB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Lines after the header. */
    public static final int MAX_LINES = 20_000;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ImportFiles() {
    }

    /** A company import file: its header must name the company name's column. */
    public static ImportTable read(String fileName, byte[] content) throws ImportFileException {
        return read(fileName, content, header -> ImportColumn.of(header).orElse(null) == ImportColumn.NAME,
                "company_import.file.noNameColumn");
    }

    /**
     * Any table file read the same way (another reference list, say): its header must hold a column that
     * {@code required} accepts, else the file is refused with the message {@code missingKey}.
     */
    public static ImportTable read(String fileName, byte[] content, java.util.function.Predicate<String> required, String missingKey)
            throws ImportFileException {
        if (content == null || content.length == 0) {
            throw new ImportFileException("company_import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new ImportFileException("company_import.file.tooBig", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportFileException("company_import.file.oldExcel");
        }
        List<List<String>> lines = startsWith(content, 'P', 'K', 3, 4) ? xlsx(content) : csv(text(content));
        return table(lines, required, missingKey);
    }

    private static ImportTable table(List<List<String>> lines, java.util.function.Predicate<String> required, String missingKey)
            throws ImportFileException {
        int header = 0;
        while (header < lines.size() && blank(lines.get(header))) {
            header++;
        }
        if (header == lines.size()) {
            throw new ImportFileException("company_import.file.empty");
        }
        List<String> headers = lines.get(header).stream().map(String::strip).toList();
        if (headers.stream().noneMatch(required)) {
            throw new ImportFileException(missingKey);
        }
        List<ImportTable.Row> rows = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            if (!blank(lines.get(i))) {
                rows.add(new ImportTable.Row(i + 1, lines.get(i).stream().map(ImportFiles::cell).toList()));
            }
        }
        if (rows.isEmpty()) {
            throw new ImportFileException("company_import.file.noLines");
        }
        if (rows.size() > MAX_LINES) {
            throw new ImportFileException("company_import.file.tooManyLines", rows.size(), MAX_LINES);
        }
        return new ImportTable(headers, rows);
    }

    /** The text of a CSV file, decoded as described above. */
    static String text(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }

    /** The separator the header line uses most (outside quotes); {@code ;} when none. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas + tabs > 0) {
                    break;
                }
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static List<List<String>> csv(String text) throws ImportFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        List<List<String>> lines = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            long start = 1;
            for (CSVRecord record : parser) {
                while (lines.size() < start - 1) {
                    lines.add(List.of()); // keeps numbering on the lines a text editor shows after a quoted line break
                }
                lines.add(record.toList());
                start = parser.getCurrentLineNumber() + 1;
                if (lines.size() > MAX_LINES + 100) {
                    throw new ImportFileException("company_import.file.tooManyLines", lines.size(), MAX_LINES);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("company_import.file.badCsv", lines.size() + 1);
        }
        return lines;
    }

    private static List<List<String>> xlsx(byte[] content) throws ImportFileException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportFileException("company_import.file.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_LINES + 100) {
                throw new ImportFileException("company_import.file.tooManyLines", sheet.getLastRowNum(), MAX_LINES);
            }
            DataFormatter formatter = new DataFormatter();
            List<List<String>> lines = new ArrayList<>();
            for (Row row : sheet) {
                while (lines.size() < row.getRowNum()) {
                    lines.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                lines.add(cells);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException("company_import.file.badXlsx");
        }
    }

    /**
     * What the cell shows, except that whole numbers (a SIRET typed as a number) are written out in full and a date
     * is written as ISO (2024-03-01: the cell's own format may be an American one, 3/1/24).
     */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell, formatter)
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String date(Cell cell, DataFormatter formatter) {
        java.time.LocalDateTime value = cell.getLocalDateTimeCellValue();
        return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : formatter.formatCellValue(cell);
    }

    /** A cell as typed: trimmed, and without the apostrophe the rejected-lines report puts before a formula. */
    static String cell(String raw) {
        String cell = raw.strip();
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=@+-".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
