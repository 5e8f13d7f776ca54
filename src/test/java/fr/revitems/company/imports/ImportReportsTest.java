package fr.revitems.company.imports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The template imports as it is; the rejected lines come back with their cells and reasons, ready to correct and import. */
class ImportReportsTest {

    @Test
    void theTemplateOfEitherLanguageAndFormatHasEveryColumnAndAValidExampleLine() throws ImportFileException {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            for (byte[] template : List.of(ImportReports.templateXlsx(locale), ImportReports.templateCsv(locale))) {
                ImportTable table = ImportFiles.read("template", template);
                assertEquals(ImportColumn.values().length, table.headers().size());
                ImportPreview preview = new ImportCheck(table).run("template", KnownData.empty(java.util.Set.of("94"))
                        .naming(java.util.Map.of(), ImportCheckTest.SECTORS, java.util.Map.of()));
                assertEquals(List.of(), preview.lines().get(0).getMessages(), locale + " " + table.headers());
                assertEquals(1, preview.companyCount());
                assertEquals(1, preview.contactCount());
            }
        }
    }

    @Test
    void rejectedLinesKeepTheirCellsAndSayWhyInTheReadersLanguage() throws ImportFileException {
        ImportPreview preview = ImportCheckTest.check("Raison sociale;Type;Effectif\nBonne;PME;3\n;PME;5\nMauvaise;Coopérative;7\n");
        String report = new String(ImportReports.rejectedLines(preview, Locale.FRENCH), StandardCharsets.UTF_8);
        assertEquals("\uFEFFLigne;Raison sociale;Type;Effectif;Motif du rejet\r\n"
                + "3;;PME;5;La raison sociale manque.\r\n"
                + "4;Mauvaise;Coopérative;7;Type de structure inconnu : « Coopérative » (TPE, PME, ETI, Grande entreprise, Association,"
                + " Start-up ou Organisme public).\r\n", report);
        String english = new String(ImportReports.rejectedLines(preview, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertTrue(english.startsWith("\uFEFFLine;Raison sociale;Type;Effectif;Reason for rejection\r\n3;;PME;5;The company name is missing."), english);
    }

    @Test
    void theRejectedLinesReportCanItselfBeImportedOnceCorrected() throws ImportFileException {
        ImportPreview preview = ImportCheckTest.check("Raison sociale;Type\n;PME\n");
        String corrected = new String(ImportReports.rejectedLines(preview, Locale.FRENCH), StandardCharsets.UTF_8)
                .replace("2;;PME", "2;Corrigée;PME");
        ImportPreview again = ImportCheckTest.check(corrected);
        assertEquals(1, again.valid().size());
        assertEquals(List.of("Ligne", "Motif du rejet"), again.ignoredHeaders());
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefusedAndImportsBackAsTyped() throws ImportFileException {
        ImportPreview preview = ImportCheckTest.check("Raison sociale;Type;Commune;Téléphone\n"
                + "=HYPERLINK(\"http://example.org\");Coopérative;@SUM(A1);+33 1 45 67 89 00\n");
        String report = new String(ImportReports.rejectedLines(preview, Locale.FRENCH), StandardCharsets.UTF_8);
        assertTrue(report.contains("\"'=HYPERLINK(\"\"http://example.org\"\")\";Coopérative;'@SUM(A1);+33 1 45 67 89 00;"), report);
        ImportTable again = ImportFiles.read("rejets.csv", report.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("2", "=HYPERLINK(\"http://example.org\")", "Coopérative", "@SUM(A1)", "+33 1 45 67 89 00"),
                again.rows().get(0).cells().subList(0, 5));
    }
}
