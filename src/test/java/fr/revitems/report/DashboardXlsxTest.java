package fr.revitems.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook read back with POI: the sheets a funder sees, numbers as numbers, dates as dates, text as text. */
class DashboardXlsxTest {

    @Test
    void oneSheetForTheSummaryEachBreakdownTheMonthsAndEachFiguresRecords() throws IOException {
        try (XSSFWorkbook workbook = write(Locale.FRENCH, DashboardFixture.records())) {
            assertEquals(List.of("Synthèse", "Niveau de qualification", "Catégorie socioprofessionnelle", "Type de contrat",
                    "Mois par mois", "Entreprises contactées", "Diagnostics stratégie et emploi", "Entreprises accompagnées",
                    "Recrutements prévus identifiés", "Emplois pourvus ou consolidés", "Réunions partenaires emploi",
                    "Forums emploi", "Mises en relation"), sheetNames(workbook));
        }
    }

    @Test
    void theSummaryGivesTheScopeAndEachFigureAsANumberWithItsDefinition() throws IOException {
        try (XSSFWorkbook workbook = write(Locale.FRENCH, DashboardFixture.records())) {
            Sheet summary = workbook.getSheet("Synthèse");
            assertEquals("Tableau de bord du programme", summary.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Dispositif : REVIT'EMS 94 – 2026-2028", summary.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Chiffres calculés le 05/01/2026 14:30", summary.getRow(3).getCell(0).getStringCellValue());
            Row contacted = rowStartingWith(summary, "Entreprises contactées");
            assertEquals(CellType.NUMERIC, contacted.getCell(1).getCellType());
            assertEquals(300, contacted.getCell(1).getNumericCellValue());
            assertTrue(contacted.getCell(2).getStringCellValue().endsWith("Une entreprise contactée deux fois compte une fois."));
            Row jobs = rowStartingWith(summary, "Emplois pourvus ou consolidés");
            assertEquals(170, jobs.getCell(1).getNumericCellValue());
            Row consolidated = summary.getRow(jobs.getRowNum() + 1);
            assertEquals("dont emplois consolidés", consolidated.getCell(0).getStringCellValue());
            assertEquals(12, consolidated.getCell(1).getNumericCellValue());
            assertEquals(1234, rowStartingWith(summary, "Mises en relation").getCell(1).getNumericCellValue());
        }
    }

    @Test
    void aBreakdownHasItsNotGivenLineAndATotalThatIsBothAFormulaAndItsValue() throws IOException {
        try (XSSFWorkbook workbook = write(Locale.FRENCH, DashboardFixture.records())) {
            Sheet levels = workbook.getSheet("Niveau de qualification");
            assertEquals(List.of("Niveau de qualification", "Postes recherchés", "Emplois pourvus ou consolidés"), texts(levels.getRow(0)));
            assertEquals("Niveau 5 (Bac+2)", levels.getRow(1).getCell(0).getStringCellValue());
            assertEquals(98, levels.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(CellType.NUMERIC, levels.getRow(1).getCell(2).getCellType());
            assertEquals("Non renseigné", levels.getRow(3).getCell(0).getStringCellValue());
            Row total = levels.getRow(4);
            assertEquals("Total", total.getCell(0).getStringCellValue());
            assertEquals("SUM(B2:B4)", total.getCell(1).getCellFormula());
            assertEquals(CellType.NUMERIC, total.getCell(1).getCachedFormulaResultType());
            assertEquals(156, total.getCell(1).getNumericCellValue());
            assertEquals(60, total.getCell(2).getNumericCellValue());
            assertEquals(60, workbook.getCreationHelper().createFormulaEvaluator().evaluate(total.getCell(2)).getNumberValue());
            assertTrue(workbook.getFontAt(levels.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, levels.getPaneInformation().getHorizontalSplitTopRow());
        }
    }

    @Test
    void eachMonthIsARealDateShownAsMonthAndYear() throws IOException {
        try (XSSFWorkbook workbook = write(Locale.FRENCH, DashboardFixture.records())) {
            Sheet months = workbook.getSheet("Mois par mois");
            assertEquals(List.of("Mois", "Entreprises contactées", "Entreprises diagnostiquées", "Entreprises accompagnées",
                    "Postes identifiés", "Emplois pourvus ou consolidés"), texts(months.getRow(0)));
            Cell march = months.getRow(3).getCell(0);
            assertTrue(DateUtil.isCellDateFormatted(march));
            assertEquals(LocalDate.of(2025, 3, 1), march.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("mm/yyyy", march.getCellStyle().getDataFormatString());
            assertEquals(43, months.getRow(3).getCell(1).getNumericCellValue());
            assertEquals(14, months.getRow(12).getCell(5).getNumericCellValue());
        }
    }

    @Test
    void recordsKeepTheirTypesAndTheirCodesAreInWords() throws IOException {
        try (XSSFWorkbook workbook = write(Locale.FRENCH, DashboardFixture.records())) {
            Sheet recruitments = workbook.getSheet("Recrutements prévus identifiés");
            assertEquals("Identifié le", recruitments.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1, recruitments.getPaneInformation().getHorizontalSplitTopRow());
            Row line = recruitments.getRow(1);
            assertTrue(DateUtil.isCellDateFormatted(line.getCell(0)));
            assertEquals("dd/mm/yyyy", line.getCell(0).getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2025, 3, 14), line.getCell(0).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Niveau 5 (Bac+2)", line.getCell(4).getStringCellValue());
            assertNull(line.getCell(5), "no category: an empty cell");
            assertEquals(CellType.NUMERIC, line.getCell(7).getCellType());
            assertEquals(3, line.getCell(7).getNumericCellValue());
            assertEquals("Partagé", line.getCell(8).getStringCellValue());
            assertEquals("Diagnostic", line.getCell(10).getStringCellValue());

            Row job = workbook.getSheet("Emplois pourvus ou consolidés").getRow(1);
            assertEquals("Forum emploi", job.getCell(6).getStringCellValue());
            assertEquals("Oui", job.getCell(7).getStringCellValue());
            assertEquals("École (test)", workbook.getSheet("Réunions partenaires emploi").getRow(1).getCell(1).getStringCellValue());
        }
    }

    @Test
    void aNameThatLooksLikeAFormulaStaysText() throws IOException {
        try (XSSFWorkbook workbook = write(Locale.FRENCH, DashboardFixture.records())) {
            Cell name = workbook.getSheet("Entreprises contactées").getRow(1).getCell(0);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals(DashboardFixture.FORMULA, name.getStringCellValue());
        }
    }

    @Test
    void inEnglishTheSheetsAndWordsAreEnglish() throws IOException {
        try (XSSFWorkbook workbook = write(Locale.ENGLISH, DashboardFixture.records())) {
            assertEquals("Summary", workbook.getSheetName(0));
            assertEquals("Programme dashboard", workbook.getSheet("Summary").getRow(0).getCell(0).getStringCellValue());
            assertEquals("Not given", workbook.getSheet("Qualification level").getRow(3).getCell(0).getStringCellValue());
            assertEquals("Level 5 (2-year degree)", workbook.getSheet("Qualification level").getRow(1).getCell(0).getStringCellValue());
            assertEquals("Yes", workbook.getSheet("Jobs filled or consolidated").getRow(1).getCell(7).getStringCellValue());
        }
    }

    @Test
    void longRecordListsAreStreamedToTheEnd() throws IOException {
        RecordSource many = (figure, sink) -> {
            if (figure == Figure.FORUMS) {
                for (int i = 0; i < 2_500; i++) {
                    sink.accept(DashboardFixture.row(LocalDate.of(2025, 1, 1).plusDays(i % 365), "Forum " + i, null, null, "94"));
                }
            }
        };
        try (XSSFWorkbook workbook = write(Locale.FRENCH, many)) {
            Sheet forums = workbook.getSheet("Forums emploi");
            assertEquals(2_500, forums.getLastRowNum());
            assertEquals("Forum 2499", forums.getRow(2_500).getCell(1).getStringCellValue());
            assertEquals(0, workbook.getSheet("Entreprises contactées").getLastRowNum(), "the header alone");
        }
    }

    @Test
    void sheetNamesAreShortValidAndUniqueWhateverTheLabels() throws IOException {
        String label = "Entreprises : diagnostiquées / accompagnées [liste complète]";
        ResourceBundle clashing = new ListResourceBundle() {
            {
                setParent(DashboardFixture.bundle(Locale.FRENCH));
            }

            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"figure.DIAGNOSTICS", label}, {"figure.COMPANIES_SUPPORTED", label}};
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DashboardXlsx.write(DashboardFixture.report(), DashboardFixture.records(), clashing, Locale.FRENCH, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> names = sheetNames(workbook);
            assertEquals(13, new HashSet<>(names).size());
            for (String name : names) {
                assertTrue(name.length() <= 31, name);
                assertFalse(name.matches(".*[\\[\\]:*?/\\\\].*"), name);
            }
            assertEquals("Entreprises diagnostiquées acco", names.get(6));
            assertEquals("Entreprises diagnostiquées (2)", names.get(7));
        }
    }

    private static XSSFWorkbook write(Locale locale, RecordSource records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DashboardXlsx.write(DashboardFixture.report(), records, DashboardFixture.bundle(locale), locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static Row rowStartingWith(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }
}
