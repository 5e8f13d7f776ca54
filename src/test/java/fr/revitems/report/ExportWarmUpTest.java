package fr.revitems.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the server writes to nowhere at start-up is a whole export: an empty dashboard's workbook and PDF. */
class ExportWarmUpTest {

    @Test
    void anEmptyDashboardExportsAWholeWorkbookAndAPdf() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ExportWarmUp.writeEmptyExports(xlsx, pdf);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertEquals(13, workbook.getNumberOfSheets(), "the summary, three breakdowns, the months and eight record sheets");
            Sheet summary = workbook.getSheetAt(0);
            assertEquals("Synthèse", summary.getSheetName());
        }
        assertTrue(new String(pdf.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }
}
