package fr.revitems.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One dashboard as a printable A4 document for funders, in the cluster's PDF style (see
 * {@code DiagnosticPdf}): the cluster's header, the filter in words, the eight figures with their
 * definitions, the three breakdowns with their totals, the months (a table that may run over several
 * pages, its header repeated), and on every page the date of computation and "page X / Y". The language
 * is the bundle's: French unless the reader asked for English.
 */
public final class DashboardPdf {

    private static final Color ACCENT = new Color(0x0B, 0x5E, 0x7E);
    private static final Color HEADER_BACKGROUND = new Color(0xE6, 0xF0, 0xF4);
    private static final float MARGIN = 48;

    private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, ACCENT);
    private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, ACCENT);
    private final Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private final Font small = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.DARK_GRAY);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private final Font cell = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private final ExportText text;
    private final NumberFormat numbers;

    private DashboardPdf(ExportText text) {
        this.text = text;
        this.numbers = NumberFormat.getIntegerInstance(text.locale());
    }

    /**
     * @param organisation the cluster's name in the header ({@code REVITEMS_ORGANISATION}); the bundle's
     *                     {@code pdf.organisation} when null
     * @param out          receives the document; not closed
     */
    public static void write(DashboardReport report, ResourceBundle bundle, Locale locale, String organisation,
                             OutputStream out) throws IOException {
        DashboardPdf pdf = new DashboardPdf(new ExportText(bundle, locale));
        byte[] pages = pdf.document(report, organisation == null ? pdf.text.text("pdf.organisation") : organisation);
        pdf.footers(pages, pdf.text.computedAt(report.computedAt()), out);
    }

    private byte[] document(DashboardReport report, String organisation) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, 56, 56);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle(text.text("report_export.title"));
            document.addCreator("REVIT'EMS");
            document.open();
            header(document, report, organisation);
            document.add(figures(report.figures()));
            for (Dimension dimension : Dimension.values()) {
                document.add(breakdown(dimension, report.breakdowns().getOrDefault(dimension, List.of())));
            }
            document.add(months(report.months()));
            Paragraph note = new Paragraph(text.text("months.note"), small);
            note.setSpacingBefore(4);
            document.add(note);
        } catch (DocumentException e) {
            throw new IllegalStateException("The dashboard PDF could not be written", e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    private void header(Document document, DashboardReport report, String organisation) {
        document.add(new Paragraph(organisation, heading));
        Paragraph programme = new Paragraph(text.text("pdf.programme"), small);
        programme.setSpacingAfter(16);
        document.add(programme);
        Paragraph name = new Paragraph(text.text("report_export.title"), title);
        name.setSpacingAfter(6);
        document.add(name);
        for (String line : report.scope()) {
            document.add(new Paragraph(line, body));
        }
        Paragraph computed = new Paragraph(text.computedAt(report.computedAt()), small);
        computed.setSpacingBefore(4);
        document.add(computed);
    }

    private PdfPTable figures(FigureValues values) {
        PdfPTable table = table(text.text("report_export.figures"), new float[] {3.2f, 1.1f, 5.7f},
                text.text("report_export.column.figure"), text.text("report_export.column.value"),
                text.text("report_export.column.definition"));
        for (Figure figure : Figure.values()) {
            figureRow(table, text.text(figure.labelKey()), values.get(figure), text.text(figure.definitionKey()), bold);
            if (figure == Figure.JOBS_FILLED) {
                figureRow(table, text.text(ExportText.CONSOLIDATED), values.consolidatedJobs(),
                        text.text(ExportText.CONSOLIDATED + ".definition"), cell);
            }
        }
        table.setKeepTogether(true);
        return table;
    }

    private void figureRow(PdfPTable table, String label, long value, String definition, Font labelFont) {
        table.addCell(new Phrase(label, labelFont));
        table.addCell(number(value, bold));
        table.addCell(new Phrase(definition, small));
    }

    private PdfPTable breakdown(Dimension dimension, List<BreakdownRow> rows) {
        String label = text.text(dimension.labelKey());
        PdfPTable table = table(label, new float[] {5f, 2f, 2f}, label,
                text.text("breakdown.positions"), text.text("breakdown.jobsFilled"));
        long positions = 0;
        long jobs = 0;
        for (BreakdownRow row : rows) {
            table.addCell(new Phrase(text.label(row), cell));
            table.addCell(number(row.positions(), cell));
            table.addCell(number(row.jobsFilled(), cell));
            positions += row.positions();
            jobs += row.jobsFilled();
        }
        table.addCell(new Phrase(text.text("breakdown.total"), bold));
        table.addCell(number(positions, bold));
        table.addCell(number(jobs, bold));
        table.setKeepTogether(true);
        return table;
    }

    private PdfPTable months(List<MonthRow> months) {
        PdfPTable table = table(text.text("report_export.sheet.months"), new float[] {1.3f, 1.7f, 1.7f, 1.7f, 1.7f, 1.7f},
                text.text("months.month"),
                text.text("months.contacted"), text.text("months.diagnosed"), text.text("months.supported"),
                text.text("months.positions"), text.text("months.jobsFilled"));
        for (MonthRow m : months) {
            table.addCell(new Phrase(m.month().format(ExportText.MONTH), cell));
            for (long value : new long[] {m.contacted(), m.diagnosed(), m.supported(), m.positions(), m.jobsFilled()}) {
                table.addCell(number(value, cell));
            }
        }
        return table;
    }

    /**
     * A full-width table under its title: the title and the shaded column headers are the table's own
     * header rows, so a title never ends a page without its table, and both come again on every page the
     * table runs over.
     */
    private PdfPTable table(String title, float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        PdfPCell heading = new PdfPCell(new Phrase(title, this.heading));
        heading.setColspan(widths.length);
        heading.setBorder(Rectangle.NO_BORDER);
        heading.setPaddingLeft(0);
        heading.setPaddingBottom(6);
        table.addCell(heading);
        table.setHeaderRows(2);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, bold));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(cell);
        }
        return table;
    }

    private PdfPCell number(long value, Font font) {
        // French groups digits with a narrow no-break space, which the standard fonts cannot draw
        String digits = numbers.format(value).replace('\u202F', '\u00A0');
        PdfPCell number = new PdfPCell(new Phrase(digits, font));
        number.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return number;
    }

    /** Once the page count is known: the date of computation and "page X / Y" at the foot of every page. */
    private void footers(byte[] pages, String computedAt, OutputStream out) throws IOException {
        PdfReader reader = new PdfReader(pages);
        try {
            PdfStamper stamper = new PdfStamper(reader, out);
            stamper.getWriter().setCloseStream(false);
            int count = reader.getNumberOfPages();
            for (int page = 1; page <= count; page++) {
                Rectangle size = reader.getPageSize(page);
                PdfContentByte canvas = stamper.getOverContent(page);
                float y = MARGIN / 2;
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(computedAt, small), MARGIN, y, 0);
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                        new Phrase(text.text("report_export.page", page, count), small), size.getWidth() - MARGIN, y, 0);
            }
            stamper.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The dashboard PDF's page numbers could not be written", e);
        } finally {
            reader.close();
        }
    }
}
