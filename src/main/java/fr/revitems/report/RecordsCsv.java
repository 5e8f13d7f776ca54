package fr.revitems.report;

import fr.revitems.platform.csv.ExcelCsv;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The records behind one figure as a CSV file that French Excel opens as it is ({@link ExcelCsv}: {@code ;},
 * CRLF, a byte order mark, formulas defused): the header row in the reader's language, then one line per
 * record, dates as dd/MM/yyyy, codes and yes/no in words. Streams: no record is kept.
 */
public final class RecordsCsv {

    private RecordsCsv() {
    }

    /**
     * @param out a writer encoding UTF-8 (the byte order mark says so); flushed, not closed
     */
    public static void write(Figure figure, RecordSource records, ResourceBundle bundle, Locale locale, Writer out)
            throws IOException {
        ExportText text = new ExportText(bundle, locale);
        List<RecordTable.Column> columns = RecordTable.columns(figure.records());
        CSVPrinter printer = ExcelCsv.printer(out);
        printer.printRecord(columns.stream().map(c -> text.text(c.key())).toList());
        try {
            records.records(figure, row -> print(printer, line(text, columns, row)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private static List<String> line(ExportText text, List<RecordTable.Column> columns, RecordTable.Row row) {
        List<String> line = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            line.add(ExcelCsv.defused(text.cell(columns.get(i), row.cells().get(i))));
        }
        return line;
    }

    private static void print(CSVPrinter printer, List<String> line) {
        try {
            printer.printRecord(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
