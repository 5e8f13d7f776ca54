package fr.revitems.report;

import fr.revitems.platform.csv.ExcelCsv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A figure's records as French Excel opens them, read back with Commons CSV. */
class RecordsCsvTest {

    @Test
    void theHeaderAndEachRecordInWordsWithFrenchDates() throws IOException {
        String csv = write(Figure.POSITIONS_IDENTIFIED, Locale.FRENCH);
        assertTrue(csv.startsWith("\uFEFFIdentifié le;Entreprise;Intitulé du poste;Code ROME;Niveau de qualification;"
                + "Catégorie socioprofessionnelle;Type de contrat;Nombre de postes;Statut;Annulé le;Origine\r\n"), csv);
        List<CSVRecord> records = read(csv);
        assertEquals(2, records.size());
        assertEquals(List.of("14/03/2025", "Aqua Services", "Technicien(ne) de traitement des eaux", "H1503", "Niveau 5 (Bac+2)",
                "", "CDI", "3", "Partagé", "", "Diagnostic"), records.get(1).toList());
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() throws IOException {
        List<CSVRecord> companies = read(write(Figure.COMPANIES_CONTACTED, Locale.FRENCH));
        assertEquals("'" + DashboardFixture.FORMULA, companies.get(1).get(0));
        assertEquals("Accompagnement", companies.get(1).get(4));
        assertEquals("12345678200010", companies.get(1).get(1));
        List<CSVRecord> introductions = read(write(Figure.INTRODUCTIONS, Locale.FRENCH));
        assertEquals("'-2 apprentis ?", introductions.get(1).get(4));
        assertEquals("École ou université", introductions.get(1).get(2));
    }

    @Test
    void yesOrNoAndLabelsInTheReadersLanguage() throws IOException {
        assertEquals(List.of("02/06/2025", "Aqua Services", "Technicien(ne) de traitement des eaux", "CDI", "Niveau 5 (Bac+2)",
                "Techniciens et agents de maîtrise", "Forum emploi", "Oui"), read(write(Figure.JOBS_FILLED, Locale.FRENCH)).get(1).toList());
        List<CSVRecord> english = read(write(Figure.JOBS_FILLED, Locale.ENGLISH));
        assertEquals("Hired on", english.get(0).get(0));
        assertEquals(List.of("02/06/2025", "Aqua Services", "Technicien(ne) de traitement des eaux", "Permanent",
                "Level 5 (2-year degree)", "Technicians and supervisors", "Job forum", "Yes"), english.get(1).toList());
    }

    @Test
    void aFigureWithoutRecordsIsItsHeaderAlone() throws IOException {
        StringWriter out = new StringWriter();
        RecordsCsv.write(Figure.FORUMS, (figure, sink) -> { }, DashboardFixture.bundle(Locale.FRENCH), Locale.FRENCH, out);
        assertEquals("\uFEFFDate;Forum;Lieu;Commune;Département\r\n", out.toString());
    }

    private static String write(Figure figure, Locale locale) throws IOException {
        StringWriter out = new StringWriter();
        RecordsCsv.write(figure, DashboardFixture.records(), DashboardFixture.bundle(locale), locale, out);
        return out.toString();
    }

    private static List<CSVRecord> read(String csv) throws IOException {
        assertTrue(csv.startsWith("\uFEFF"), "byte order mark");
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), ExcelCsv.FORMAT)) {
            return parser.getRecords();
        }
    }
}
