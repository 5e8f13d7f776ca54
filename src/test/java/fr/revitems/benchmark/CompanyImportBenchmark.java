package fr.revitems.benchmark;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import fr.revitems.security.Role;
import fr.revitems.testing.Deployments;
import fr.revitems.testing.Sirets;
import fr.revitems.testing.TestDatabase;
import fr.revitems.testing.browser.Accounts;
import fr.revitems.testing.browser.Browser;
import fr.revitems.testing.browser.Pages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.TreeSet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The cluster's whole base in one file, as the issue sizes it: 1,700 structures and 4,000
 * contacts (4,000 lines: each company's first contact on its line, the others on lines naming
 * its SIRET), with 17 bad SIRETs. Measures preview and import in a real browser, records the
 * progress values the bar showed, checks what the database holds. Writes target/benchmarks/company-import.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompanyImportBenchmark {

    private static final int COMPANIES = 1_700;
    private static final int CONTACTS = 4_000;

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void measure() throws Exception {
        String run = Accounts.shortId();
        StringBuilder csv = new StringBuilder("Raison sociale;SIRET;Type de structure;Code postal;Commune;Contact nom;Contact prénom;Contact courriel\n");
        String[] sirets = new String[COMPANIES];
        for (int c = 0; c < COMPANIES; c++) {
            sirets[c] = c % 100 == 99 ? "12345678200011" + c : Sirets.random();
            csv.append("Bench ").append(run).append(' ').append(c).append(';').append(sirets[c]).append(";PME;94000;Créteil;")
                    .append("Nom").append(c).append(";Prénom;c0.").append(c).append('.').append(run).append("@example.org\n");
        }
        for (int k = COMPANIES; k < CONTACTS; k++) {
            int c = k % COMPANIES;
            csv.append(';').append(sirets[c]).append(";;;;Autre").append(k).append(";Prénom;c").append(k).append('.').append(run).append("@example.org\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        TreeSet<Integer> progressSeen = new TreeSet<>();
        double previewSeconds;
        double importSeconds;
        try (Browser browser = new Browser(); BrowserContext context = browser.newContext()) {
            Pages pages = new Pages(application);
            String[] officer = new Accounts(browser, pages).of(Role.OFFICER);
            Page page = context.newPage();
            pages.login(page, officer[0], officer[1]);
            pages.open(page, "/company/import.xhtml");

            long started = System.nanoTime();
            page.setInputFiles("#importForm\\:file_input", new FilePayload("base.csv", "text/csv", file));
            assertThat(page.locator("#summary")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
            previewSeconds = (System.nanoTime() - started) / 1e9;

            started = System.nanoTime();
            page.click("#importForm\\:importValid");
            while (page.locator("#importForm\\:toList").count() == 0 && System.nanoTime() - started < 600e9) {
                Object value = page.evaluate("() => { const bar = document.querySelector('[id=\"importForm:progress\"]');"
                        + " return bar ? Number(bar.getAttribute('aria-valuenow')) : -1; }");
                if (value instanceof Number number && number.intValue() >= 0) {
                    progressSeen.add(number.intValue());
                }
                page.waitForTimeout(200);
            }
            importSeconds = (System.nanoTime() - started) / 1e9;
            assertThat(page.locator("#messages")).containsText("Import terminé");
        }
        assertEquals(1_683, count("select count(*) from company where name like 'Bench " + run + " %'"));
        assertEquals(3_960, count("select count(*) from contact ct join company c on c.id = ct.company_id where c.name like 'Bench " + run + " %'"));

        Path report = Path.of("target/benchmarks/company-import.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "Company import, " + OffsetDateTime.now() + ": " + COMPANIES + " companies, " + CONTACTS
                + " contacts in " + (file.length / 1024) + " KiB (" + CONTACTS + " lines, 17 bad SIRETs: their 17 lines and 23 contact lines rejected)\n\n"
                + "| step | seconds |\n| --- | --- |\n"
                + String.format("| upload and preview | %.1f |%n| import (click to outcome shown) | %.1f |%n", previewSeconds, importSeconds)
                + "\nProgress values the bar showed: " + progressSeen + "\n");
        System.out.println(Files.readString(report));
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = TestDatabase.connect(); ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
