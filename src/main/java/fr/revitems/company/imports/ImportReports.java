package fr.revitems.company.imports;

import fr.revitems.platform.csv.ExcelCsv;
import fr.revitems.platform.web.Faces;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The files the import page hands out, written as French Excel opens them (CSV with {@code ;} and
 * a UTF-8 BOM): the template with every column and an example line, and the rejected lines with
 * their original cells, line number and reason, so the officer can correct that file and import it.
 */
public final class ImportReports {

    private ImportReports() {
    }

    public static byte[] rejectedLines(ImportPreview preview, Locale locale) {
        List<String> header = new ArrayList<>();
        header.add(Faces.text(locale, "company_import.report.line"));
        header.addAll(preview.headers());
        header.add(Faces.text(locale, "company_import.report.reason"));
        return csv(printer -> {
            printer.printRecord(header);
            for (ImportLine line : preview.rejected()) {
                List<String> record = new ArrayList<>();
                record.add(Integer.toString(line.getNumber()));
                for (int i = 0; i < preview.headers().size(); i++) {
                    record.add(i < line.getCells().size() ? ExcelCsv.defused(line.getCells().get(i)) : "");
                }
                record.add(ImportMessages.describe(locale, line));
                printer.printRecord(record);
            }
        });
    }

    public static byte[] templateCsv(Locale locale) {
        return csv(printer -> {
            printer.printRecord(headers(locale));
            printer.printRecord(example(locale));
        });
    }

    public static byte[] templateXlsx(Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(Faces.text(locale, "company_import.template.sheet"));
            List<String> headers = headers(locale);
            List<String> example = example(locale);
            Row header = sheet.createRow(0);
            Row line = sheet.createRow(1);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                line.createCell(i).setCellValue(example.get(i));
                sheet.setColumnWidth(i, 20 * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headers(Locale locale) {
        return java.util.Arrays.stream(ImportColumn.values()).map(c -> Faces.text(locale, c.labelKey())).toList();
    }

    /** A fictional line showing each column's expected form (the SIRET is a valid one). */
    private static List<String> example(Locale locale) {
        // rounds and officer left blank: their names are each installation's own
        return List.of(Faces.text(locale, "company_import.template.example.name"), "12345678200010", "",
                Faces.text(locale, "CompanyKind.PME"), "37.00Z", Faces.text(locale, "company_import.template.example.street"),
                "94000", "Créteil", "94", "", Faces.text(locale, "company_import.template.example.sectors"), "",
                Faces.text(locale, "company_import.template.example.member"), "01/03/2024", "", "Martin", "Claire",
                Faces.text(locale, "company_import.template.example.jobTitle"), "claire.martin@example.org", "01 23 45 67 89",
                locale.getLanguage(), "15/09/2025");
    }

    private interface Printing {
        void print(CSVPrinter printer) throws IOException;
    }

    private static byte[] csv(Printing printing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = ExcelCsv.printer(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            printing.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
