package fr.revitems.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One dashboard as an Excel workbook a funder can recompute: a summary sheet (the filter in words, each
 * figure's value and definition), one sheet per breakdown with its total, the months, then one sheet per
 * figure listing its records. Figures, counts and dates are numbers and dates, never text. The record
 * sheets are streamed ({@link SXSSFWorkbook}: a hundred rows in memory, the rest in a temporary file
 * deleted at the end), so a list of any length costs the same memory.
 */
public final class DashboardXlsx {

    private static final int ROWS_IN_MEMORY = 100;

    private final SXSSFWorkbook workbook;
    private final ExportText text;
    /** Given to every cell that has no other style: a cell without one makes POI look up its column's style, for every cell. */
    private final CellStyle plain;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle bold;
    private final CellStyle wrap;
    private final CellStyle date;
    private final CellStyle month;
    private final Set<String> sheetNames = new HashSet<>();

    private DashboardXlsx(SXSSFWorkbook workbook, ExportText text) {
        this.workbook = workbook;
        this.text = text;
        this.plain = workbook.getCellStyleAt(0);
        this.title = style(font(true, 14));
        this.bold = style(font(true, 11));
        this.header = style(font(true, 11));
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        this.wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        this.date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        this.month = workbook.createCellStyle();
        month.setDataFormat(workbook.createDataFormat().getFormat("mm/yyyy"));
    }

    /** Writes the workbook to {@code out} (not closed) and deletes its temporary files, even on failure. */
    public static void write(DashboardReport report, RecordSource records, ResourceBundle bundle, Locale locale,
                             OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            try {
                DashboardXlsx xlsx = new DashboardXlsx(workbook, new ExportText(bundle, locale));
                xlsx.summary(report);
                for (Dimension dimension : Dimension.values()) {
                    xlsx.breakdown(dimension, report.breakdowns().getOrDefault(dimension, List.of()));
                }
                xlsx.months(report.months());
                for (Figure figure : Figure.values()) {
                    xlsx.records(figure, records);
                }
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        }
    }

    private void summary(DashboardReport report) {
        Sheet sheet = sheet(text.text("report_export.sheet.summary"), 36, 12, 100);
        int r = 0;
        text(sheet.createRow(r++), 0, text.text("report_export.title"), title);
        for (String line : report.scope()) {
            text(sheet.createRow(r++), 0, line, plain);
        }
        text(sheet.createRow(r++), 0, text.computedAt(report.computedAt()), plain);
        r++;
        headerRow(sheet, r++, List.of(text.text("report_export.column.figure"), text.text("report_export.column.value"),
                text.text("report_export.column.definition")));
        FigureValues values = report.figures();
        for (Figure figure : Figure.values()) {
            figureRow(sheet.createRow(r++), text.text(figure.labelKey()), values.get(figure), text.text(figure.definitionKey()));
            if (figure == Figure.JOBS_FILLED) {
                figureRow(sheet.createRow(r++), text.text(ExportText.CONSOLIDATED), values.consolidatedJobs(),
                        text.text(ExportText.CONSOLIDATED + ".definition"));
            }
        }
    }

    private void figureRow(Row row, String label, long value, String definition) {
        text(row, 0, label, wrap);
        number(row, 1, value, plain);
        text(row, 2, definition, wrap);
    }

    /** Label, positions, jobs; a total row whose SUM formulas also hold their value (for readers that do not recalculate). */
    private void breakdown(Dimension dimension, List<BreakdownRow> rows) {
        String label = text.text(dimension.labelKey());
        Sheet sheet = sheet(label, 36, 20, 20);
        headerRow(sheet, 0, List.of(label, text.text("breakdown.positions"), text.text("breakdown.jobsFilled")));
        long positions = 0;
        long jobs = 0;
        int r = 1;
        for (BreakdownRow line : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, text.label(line), plain);
            number(row, 1, line.positions(), plain);
            number(row, 2, line.jobsFilled(), plain);
            positions += line.positions();
            jobs += line.jobsFilled();
        }
        Row total = sheet.createRow(r);
        text(total, 0, text.text("breakdown.total"), bold);
        total(cell(total, 1, bold), "B", r, positions);
        total(cell(total, 2, bold), "C", r, jobs);
    }

    private void total(Cell cell, String column, int totalRow, long value) {
        if (totalRow > 1) {
            cell.setCellFormula("SUM(" + column + "2:" + column + totalRow + ")");
        }
        cell.setCellValue(value);
    }

    private void months(List<MonthRow> months) {
        Sheet sheet = sheet(text.text("report_export.sheet.months"), 12, 20, 20, 20, 20, 20);
        headerRow(sheet, 0, List.of(text.text("months.month"), text.text("months.contacted"), text.text("months.diagnosed"),
                text.text("months.supported"), text.text("months.positions"), text.text("months.jobsFilled")));
        int r = 1;
        for (MonthRow m : months) {
            Row row = sheet.createRow(r++);
            cell(row, 0, month).setCellValue(m.month().atDay(1));
            long[] values = {m.contacted(), m.diagnosed(), m.supported(), m.positions(), m.jobsFilled()};
            for (int i = 0; i < values.length; i++) {
                number(row, i + 1, values[i], plain);
            }
        }
        text(sheet.createRow(r + 1), 0, text.text("months.note"), plain);
    }

    private void records(Figure figure, RecordSource records) {
        List<RecordTable.Column> columns = RecordTable.columns(figure.records());
        List<String> headers = columns.stream().map(c -> text.text(c.key())).toList();
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(width(columns.get(i).type()), headers.get(i).length() + 2);
        }
        Sheet sheet = sheet(text.text(figure.labelKey()), widths);
        headerRow(sheet, 0, headers);
        int[] next = {1};
        records.records(figure, record -> {
            Row row = sheet.createRow(next[0]++);
            for (int i = 0; i < columns.size(); i++) {
                recordCell(row, i, columns.get(i), record.cells().get(i));
            }
        });
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, columns.size() - 1));
    }

    /** Numbers and dates as such; the rest in words (codes and labels in the reader's language, yes/no); no value, no cell. */
    private void recordCell(Row row, int index, RecordTable.Column column, Object value) {
        if (value == null) {
            return;
        }
        switch (column.type()) {
            case NUMBER -> number(row, index, ((Number) value).doubleValue(), plain);
            case DATE -> cell(row, index, date).setCellValue((LocalDate) value);
            default -> text(row, index, text.cell(column, value), plain);
        }
    }

    private static int width(RecordTable.Type type) {
        return switch (type) {
            case DATE, NUMBER, BOOLEAN -> 12;
            case CODE -> 22;
            case LABEL -> 28;
            case TEXT -> 32;
        };
    }

    /** A new sheet with a valid, unique name (31 characters at most, none of {@code []:*?/\}) and its column widths. */
    private Sheet sheet(String name, int... widths) {
        String safe = WorkbookUtil.createSafeSheetName(name.replaceAll("[\\[\\]:*?/\\\\\\s]+", " ").strip()).strip();
        String unique = safe;
        for (int n = 2; !sheetNames.add(unique.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())).strip() + suffix;
        }
        Sheet sheet = workbook.createSheet(unique);
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        return sheet;
    }

    private void headerRow(Sheet sheet, int index, List<String> labels) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < labels.size(); i++) {
            text(row, i, labels.get(i), header);
        }
        sheet.createFreezePane(0, index + 1);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        cell(row, column, style).setCellValue(value);
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        cell(row, column, style).setCellValue(value);
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    private CellStyle style(Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private Font font(boolean bold, int points) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        return font;
    }
}
