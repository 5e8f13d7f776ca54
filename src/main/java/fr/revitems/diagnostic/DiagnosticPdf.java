package fr.revitems.diagnostic;

import fr.revitems.company.Company;
import fr.revitems.platform.web.Faces;
import fr.revitems.recruitment.Recruitment;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The diagnostic as a printable document for the company: the cluster's header, the company, each
 * section as answered, and the planned recruitments as a table. Always in French, the company's language.
 */
public final class DiagnosticPdf {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color ACCENT = new Color(0x0B, 0x5E, 0x7E);

    private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, ACCENT);
    private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, ACCENT);
    private final Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private final Font small = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.DARK_GRAY);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private final String organisation;

    /** @param organisation the cluster's name, printed in the header */
    public DiagnosticPdf(String organisation) {
        this.organisation = organisation;
    }

    public void write(Diagnostic diagnostic, Company company, List<Recruitment> recruitments, OutputStream out) {
        Document document = new Document(PageSize.A4, 48, 48, 56, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text("pdf.diagnostic.title") + " – " + company.getName());
            document.addCreator("REVIT'EMS");
            document.open();
            header(document, diagnostic, company);
            section(document, "diagnostic.section.company");
            answer(document, "diagnostic.field.activity", diagnostic.getActivity());
            answer(document, "diagnostic.field.innovation", diagnostic.getInnovation());
            section(document, "diagnostic.section.hr");
            answer(document, "diagnostic.field.headcount",
                    diagnostic.getHeadcount() == null ? null : String.valueOf(diagnostic.getHeadcount()));
            answer(document, "diagnostic.field.difficulties", diagnostic.getRecruitmentDifficulties());
            answer(document, "diagnostic.field.skillsGaps", diagnostic.getSkillsGaps());
            answer(document, "diagnostic.field.trainingNeeds", diagnostic.getTrainingNeeds());
            section(document, "diagnostic.section.recruitments");
            recruitmentTable(document, recruitments);
            section(document, "diagnostic.section.support");
            answer(document, "diagnostic.field.supportWanted", diagnostic.getSupportWanted());
            Paragraph footer = new Paragraph(text("pdf.diagnostic.footer", LocalDate.now().format(DATE)), small);
            footer.setSpacingBefore(24);
            document.add(footer);
        } catch (DocumentException e) {
            throw new IllegalStateException("The diagnostic PDF could not be written", e);
        } finally {
            document.close();
        }
    }

    private void header(Document document, Diagnostic diagnostic, Company company) {
        Paragraph org = new Paragraph(organisation, heading);
        document.add(org);
        Paragraph programme = new Paragraph(text("pdf.programme"), small);
        programme.setSpacingAfter(16);
        document.add(programme);
        Paragraph name = new Paragraph(text("pdf.diagnostic.title"), title);
        document.add(name);
        Paragraph who = new Paragraph(company.getName(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13));
        who.setSpacingAfter(4);
        document.add(who);
        StringBuilder facts = new StringBuilder();
        if (company.getSiret() != null) {
            facts.append(text("company.field.siret")).append(" ").append(company.getSiret()).append(" · ");
        }
        if (company.getCommune() != null) {
            facts.append(company.getCommune()).append(" · ");
        }
        facts.append(text("pdf.diagnostic.heldOn", diagnostic.getHeldOn().format(DATE), diagnostic.getConductedByName()));
        Paragraph line = new Paragraph(facts.toString(), body);
        line.setSpacingAfter(8);
        document.add(line);
    }

    private void section(Document document, String key) {
        Paragraph p = new Paragraph(text(key), heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private void answer(Document document, String labelKey, String value) {
        Paragraph label = new Paragraph(text(labelKey), bold);
        label.setSpacingBefore(4);
        document.add(label);
        document.add(new Paragraph(value == null ? text("pdf.notAnswered") : value, body));
    }

    private void recruitmentTable(Document document, List<Recruitment> recruitments) {
        if (recruitments.isEmpty()) {
            document.add(new Paragraph(text("pdf.diagnostic.noRecruitment"), body));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {3.2f, 1.6f, 1.6f, 2.2f, 1.8f, 0.9f, 1.3f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("recruitment.field.jobTitle", "recruitment.field.rome", "recruitment.field.level",
                "recruitment.field.category", "recruitment.field.contract", "recruitment.field.positions",
                "recruitment.field.wishedStart")) {
            PdfPCell cell = new PdfPCell(new Phrase(text(key), bold));
            cell.setBackgroundColor(new Color(0xE6, 0xF0, 0xF4));
            table.addCell(cell);
        }
        for (Recruitment r : recruitments) {
            table.addCell(new Phrase(r.getJobTitle(), small));
            table.addCell(new Phrase(r.getRomeCode() == null ? "" : r.getRomeCode().getDisplay(), small));
            table.addCell(new Phrase(r.getQualificationLevel() == null ? "" : r.getQualificationLevel().label(FRENCH), small));
            table.addCell(new Phrase(r.getOccupationalCategory() == null ? "" : r.getOccupationalCategory().label(FRENCH), small));
            String contract = r.getContractType() == null ? "" : r.getContractType().label(FRENCH)
                    + (r.getContractMonths() == null ? "" : " · " + text("pdf.months", r.getContractMonths()));
            table.addCell(new Phrase(contract, small));
            PdfPCell positions = new PdfPCell(new Phrase(String.valueOf(r.getPositions()), small));
            positions.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(positions);
            table.addCell(new Phrase(r.getWishedStart() == null ? "" : r.getWishedStart().format(DATE), small));
        }
        document.add(table);
    }

    private static String text(String key, Object... arguments) {
        return Faces.text(FRENCH, key, arguments);
    }
}
