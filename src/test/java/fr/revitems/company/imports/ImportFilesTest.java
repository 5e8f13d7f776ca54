package fr.revitems.company.imports;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading the files officers have: French Excel CSVs, English CSVs, old encodings, workbooks. */
class ImportFilesTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void aFrenchExcelCsvWithSemicolonsAndABomKeepsItsAccents() throws ImportFileException {
        ImportTable table = ImportFiles.read("base.csv", concat(BOM,
                "Raison sociale;SIRET;Commune\r\nÉco-Sols Île-de-France;12345678200010;Créteil\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("Raison sociale", "SIRET", "Commune"), table.headers());
        assertEquals(List.of(new ImportTable.Row(2, List.of("Éco-Sols Île-de-France", "12345678200010", "Créteil"))), table.rows());
    }

    @Test
    void anEnglishCsvWithCommasAndQuotedCommasIsReadByColumn() throws ImportFileException {
        ImportTable table = ImportFiles.read("base.csv", ("Company name,Town,Notes\n\"Waters, Soils & Co\",Orly,\"says \"\"hi\"\"\"\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Waters, Soils & Co", "Orly", "says \"hi\""), table.rows().get(0).cells());
    }

    @Test
    void aWindows1252CsvIsDecodedAsSuch() throws ImportFileException {
        ImportTable table = ImportFiles.read("ancien.csv", "Raison sociale;Commune\nSociété Générale des Eaux;Évry\n"
                .getBytes(Charset.forName("windows-1252")));
        assertEquals(List.of("Société Générale des Eaux", "Évry"), table.rows().get(0).cells());
    }

    @Test
    void utf8WithoutBomIsReadAsUtf8() throws ImportFileException {
        ImportTable table = ImportFiles.read("x.csv", "Raison sociale;Commune\nBiodéchets Sud;Ivry\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Biodéchets Sud", table.rows().get(0).cell(0));
    }

    @Test
    void blankLinesAreSkippedAndLinesKeepTheNumberAnEditorShows() throws ImportFileException {
        ImportTable table = ImportFiles.read("x.csv", "Raison sociale;Notes\nA;\"two\nlines\"\n\n;\nB;x\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(2, 6), table.rows().stream().map(ImportTable.Row::line).toList());
        assertEquals("two\nlines", table.rows().get(0).cell(1));
    }

    @Test
    void anXlsxWorkbookIsReadFromItsFirstSheetWithNumbersWrittenInFull() throws Exception {
        byte[] workbook = xlsx(List.of(List.of("Raison sociale", "SIRET", "Code postal"), List.of(), List.of("Eaux Claires", 12345678200010d, 94000d)));
        ImportTable table = ImportFiles.read("base.xlsx", workbook);
        assertEquals(List.of("Raison sociale", "SIRET", "Code postal"), table.headers());
        assertEquals(List.of(new ImportTable.Row(3, List.of("Eaux Claires", "12345678200010", "94000"))), table.rows());
    }

    @Test
    void anXlsxDateIsReadAsTheDayItIsWhateverTheCellsFormat() throws Exception {
        byte[] workbook = xlsx(List.of(List.of("Raison sociale", "Adhérent depuis", "Contact confirmé le"),
                List.of("Eaux Claires", LocalDate.of(2024, 3, 1), LocalDate.of(2025, 12, 31))));
        ImportTable table = ImportFiles.read("base.xlsx", workbook);
        // the second cell has Excel's American short date (m/d/yy), which reads 3/1/24
        assertEquals(List.of("Eaux Claires", "2024-03-01", "2025-12-31"), table.rows().get(0).cells());
    }

    @Test
    void unusableFilesAreRefusedWithTheirReason() {
        assertEquals("company_import.file.empty", refusal(new byte[0]));
        assertEquals("company_import.file.empty", refusal("\n;\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("company_import.file.noNameColumn", refusal("Nom;Ville\nA;B\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("company_import.file.noLines", refusal("Raison sociale;Commune\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("company_import.file.oldExcel", refusal(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}));
        assertEquals("company_import.file.badXlsx", refusal(new byte[] {'P', 'K', 3, 4, 1, 2, 3}));
        assertEquals("company_import.file.badCsv", refusal("Raison sociale;Notes\nA;\"never closed\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("company_import.file.tooBig", refusal(new byte[ImportFiles.MAX_BYTES + 1]));
        assertEquals("company_import.file.tooManyLines", refusal(("Raison sociale\n" + "A\n".repeat(ImportFiles.MAX_LINES + 1))
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUsesMost() {
        assertEquals(';', ImportFiles.separator("a;b;c\n1,5;2;3"));
        assertEquals(',', ImportFiles.separator("a,b,c\n1;2;3"));
        assertEquals('\t', ImportFiles.separator("a\tb\tc"));
        assertEquals(';', ImportFiles.separator("\"a;b\",c;d"));
    }

    private static String refusal(byte[] content) {
        return assertThrows(ImportFileException.class, () -> ImportFiles.read("f", content)).messageKey();
    }

    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Feuille 1");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value instanceof LocalDate day) {
                        XSSFCell cell = row.createCell(c);
                        cell.setCellValue(day);
                        XSSFCellStyle style = workbook.createCellStyle();
                        // 14: Excel's built-in m/d/yy; the third cell a French day as a spreadsheet in France writes it
                        style.setDataFormat(c == 1 ? (short) 14 : workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                        cell.setCellStyle(style);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
