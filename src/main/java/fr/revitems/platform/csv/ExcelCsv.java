package fr.revitems.platform.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/**
 * CSV as a French Excel opens it with a double click: {@code ;} between cells, CRLF between lines, and a
 * byte order mark first so that UTF-8 accents are read as such (the writer must encode UTF-8).
 */
public final class ExcelCsv {

    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private ExcelCsv() {
    }

    /** Writes the byte order mark and returns a printer in {@link #FORMAT}; closing it closes {@code out}. */
    public static CSVPrinter printer(Writer out) throws IOException {
        out.write('\uFEFF');
        return FORMAT.print(out);
    }

    /**
     * A cell a spreadsheet would run as a formula (=, @, or + / - followed by more than a number or a
     * phone number) gets a leading apostrophe, so opening the file runs nothing; the company import
     * takes that apostrophe off again, so a report it wrote re-imports as it was typed.
     */
    public static String defused(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '@' || first == '\t' || first == '\r'
                || ((first == '+' || first == '-') && !cell.matches("[+-][0-9 .()/-]*"));
        return formula ? "'" + cell : cell;
    }
}
