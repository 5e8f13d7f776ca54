package fr.revitems.report;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The document's text read back with OpenPDF: what a funder reads on paper. */
class DashboardPdfTest {

    @Test
    void inFrenchItGivesTheClusterTheScopeEachFigureWithItsDefinitionAndTheBreakdowns() throws IOException {
        String all = String.join(" ", pages(DashboardFixture.report(), Locale.FRENCH, "Cluster EMS (test)"));
        assertTrue(all.startsWith("Cluster EMS (test)"), all);
        assertShows(all, "Tableau de bord du programme");
        assertShows(all, "Dispositif : REVIT'EMS 94 – 2026-2028");
        assertShows(all, "Entreprises contactées 300 Entreprises distinctes des dispositifs choisis");
        assertShows(all, "Une entreprise contactée deux fois compte une fois.");
        assertShows(all, "dont emplois consolidés 12 Emplois existants");
        assertShows(all, "Mises en relation 1 234 Mises en relation faites");
        assertShows(all, "Niveau de qualification Postes recherchés Emplois pourvus ou consolidés Niveau 5 (Bac+2) 98 40");
        assertShows(all, "Non renseigné 12 0 Total 156 60");
        assertShows(all, "03/2025 43 6 20 27 14");
    }

    @Test
    void everyPageSaysWhenTheFiguresWereComputedAndWhichPageItIs() throws IOException {
        List<String> pages = pages(DashboardFixture.report(), Locale.FRENCH, "Cluster");
        for (int page = 1; page <= pages.size(); page++) {
            String text = pages.get(page - 1);
            assertShows(text, "Chiffres calculés le 05/01/2026 14:30");
            assertShows(text, "page " + page + " / " + pages.size());
        }
    }

    @Test
    void aLongRunOfMonthsGoesOnOverPagesUnderItsTitleAndHeaderRepeated() throws IOException {
        List<String> pages = pages(DashboardFixture.report(YearMonth.of(2021, 1), YearMonth.of(2028, 12)), Locale.FRENCH, "Cluster");
        assertTrue(pages.size() >= 3, pages.size() + " pages");
        String last = pages.get(pages.size() - 1);
        assertShows(last, "Mois par mois Mois Entreprises contactées Entreprises diagnostiquées");
        assertShows(last, "12/2028 52 6 20 27 14");
    }

    @Test
    void inEnglishWhenTheReaderAsksForIt() throws IOException {
        String all = String.join(" ", pages(DashboardFixture.report(), Locale.ENGLISH, null));
        assertTrue(all.startsWith("Cluster Eau, Milieux, Sols, Biodéchets"), all);
        assertShows(all, "Programme dashboard");
        assertShows(all, "Companies contacted 300");
        assertShows(all, "A company contacted twice counts once.");
        assertShows(all, "Not given 12 0 Total 156 60");
        assertShows(all, "page 1 / ");
    }

    /** The extracted text holds {@code expected}, whatever the spaces between words and cells. */
    private static void assertShows(String text, String expected) {
        assertTrue(text.replaceAll("[\\s\u00A0]", "").contains(expected.replaceAll("[\\s\u00A0]", "")),
                () -> "\"" + expected + "\" not in: " + text);
    }

    /** Each page's text, its lines joined by single spaces. */
    private static List<String> pages(DashboardReport report, Locale locale, String organisation) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DashboardPdf.write(report, DashboardFixture.bundle(locale), locale, organisation, out);
        assertEquals("%PDF", new String(out.toByteArray(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page).replaceAll("[\\s\u00A0]+", " ").strip());
            }
            return pages;
        } finally {
            reader.close();
        }
    }
}
