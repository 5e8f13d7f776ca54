package fr.revitems.company.imports;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import fr.revitems.company.CompanyNames;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import page as an officer uses it, in a real browser: upload, preview with line-level
 * errors, import of the valid lines or cancel, a clash after the preview, the downloads; what
 * the database holds afterwards is checked with plain SQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompanyImportIT {

    /** The import runs in the background and the page polls it: its outcome may take a few polls on a busy machine. */
    private static final LocatorAssertions.ContainsTextOptions OUTCOME = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static Browser browser;

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void onlyTheValidLinesAreImportedAndTheRejectedOnesComeBackInAReport() throws Exception {
        String id = Accounts.shortId();
        String first = Sirets.random();
        String second = Sirets.random();
        String known = Sirets.random();
        insertCompany("Déjà Connue " + id, known);
        String csv = "Raison sociale;SIRET;Type de structure;Code postal;Commune;Contact nom;Contact prénom;Contact courriel\r\n"
                + "Eaux Vives " + id + ";" + first + ";PME;94000;Créteil;Martin;Claire;claire." + id + "@example.org\r\n"
                + ";" + first + ";;;;Durand;Paul;paul." + id + "@example.org\r\n"
                + "Sols Nets " + id + ";" + second + ";Association;91000;Évry;;;\r\n"
                + "Mauvais Siret " + id + ";12345678200011;PME;;;;;\r\n"
                + ";;PME;;Orly;Sansnom;;\r\n"
                + "Sols Nets " + id + ";" + second + ";Association;91000;Évry;;;\r\n"
                + "Déjà Connue " + id + ";" + known + ";PME;;;;;\r\n";
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            page.hover("[id='menuForm:menuCompanies'] > a");
            page.click("[id='menuForm:menuCompanyImport']");
            assertThat(page.locator("h1")).hasText("Importer des entreprises et des contacts");
            upload(page, "base-" + id + ".csv", concat(BOM, csv.getBytes(StandardCharsets.UTF_8)));

            assertThat(page.locator("#summary")).hasText("7 ligne(s) lue(s) : 3 valide(s) (2 entreprise(s) et 2 contact(s) à créer), 4 rejetée(s).");
            assertThat(lineRow(page, 5)).containsText("Ce SIRET n'est pas valide");
            assertThat(lineRow(page, 6)).containsText("La raison sociale manque.");
            assertThat(lineRow(page, 7)).containsText("Doublon de la ligne 4.");
            assertThat(lineRow(page, 8)).containsText("Doublon : l'entreprise « Déjà Connue " + id + " » a déjà ce SIRET.");
            assertEquals(1, count("select count(*) from company where name like ?", "%" + id), "a preview saves nothing");

            Download report = page.waitForDownload(() -> page.click("#importForm\\:rejectedReport"));
            assertEquals("base-" + id + "-lignes-rejetees.csv", report.suggestedFilename());
            String rejected = new String(Files.readAllBytes(report.path()), StandardCharsets.UTF_8);
            assertTrue(rejected.startsWith("\uFEFFLigne;Raison sociale;SIRET;"), rejected);
            assertEquals(List.of("5", "6", "7", "8"), rejected.lines().skip(1).map(l -> l.substring(0, l.indexOf(';'))).toList());

            page.click("#importForm\\:importValid");
            assertThat(page.locator("#messages")).containsText("Import terminé : 2 entreprise(s) et 2 contact(s) créés.", OUTCOME);
            assertThat(page.locator("#importForm\\:toList")).isVisible();
        }
        assertEquals(List.of("Déjà Connue " + id + "|" + known + "|PME|null|null",
                        "Eaux Vives " + id + "|" + first + "|PME|94|Créteil",
                        "Sols Nets " + id + "|" + second + "|ASSOCIATION|91|Évry"),
                rows("select name, siret, kind, department_code, commune from company where name like ? order by name", "%" + id));
        assertEquals(List.of("Durand|Eaux Vives " + id, "Martin|Eaux Vives " + id),
                rows("select ct.last_name, c.name from contact ct join company c on c.id = ct.company_id"
                        + " where c.name like ? order by ct.last_name", "%" + id));
        assertEquals(2, count("select count(*) from stage_change s join company c on c.id = s.company_id"
                + " where c.name like ? and s.to_stage = 'PROSPECTION' and s.from_stage is null", "%" + id));
        assertEquals(2, count("select count(*) from contact_confirmation cc join contact ct on ct.id = cc.contact_id"
                + " join company c on c.id = ct.company_id where c.name like ?", "%" + id));
    }

    @Test
    void aBaseKeepsItsRoundsSectorsOfficerMembershipAndTheDayItsContactsWereLastConfirmed() throws Exception {
        String id = Accounts.shortId();
        String siret = Sirets.random();
        String[] officer = new Accounts(browser, pages()).of(Role.OFFICER);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().login(page, officer[0], officer[1]);
            pages().open(page, "/company/import.xhtml");
            String csv = "Raison sociale;SIRET;Type de structure;Dispositifs;Secteurs EMS;Chargé de mission;Adhérent au cluster;"
                    + "Adhérent depuis;Contact nom;Contact courriel;Contact confirmé le\r\n"
                    + "Base Ancienne " + id + ";" + siret + ";PME;\"REVIT'EMS 94; Val-de-Marne 2026–2028\";Eau, Biodéchets;" + officer[0]
                    + ";oui;01/03/2022;Ancien;ancien." + id + "@example.org;15/01/2024\r\n"
                    + "Mauvais Dispositif " + id + ";;PME;REVIT'EMS 77;;;;;;;\r\n";
            upload(page, "base-" + id + ".csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(page.locator("#summary")).hasText("2 ligne(s) lue(s) : 1 valide(s) (1 entreprise(s) et 1 contact(s) à créer), 1 rejetée(s).");
            assertThat(lineRow(page, 3)).containsText("Dispositif inconnu : « REVIT'EMS 77 »");
            page.click("#importForm\\:importValid");
            assertThat(page.locator("#messages")).containsText("Import terminé : 1 entreprise(s) et 1 contact(s) créés.", OUTCOME);
        }
        assertEquals(List.of("Base Ancienne " + id + "|" + officer[0] + "|t|2022-03-01"),
                rows("select c.name, u.username, c.member, c.member_since from company c"
                        + " join app_user u on u.id = c.officer_id where c.name like ?", "%" + id));
        assertEquals(List.of("REVITEMS-94", "VDM-2026-2028"), rows("select r.code from company_round cr join programme_round r"
                + " on r.id = cr.round_id join company c on c.id = cr.company_id where c.name like ? order by r.code", "%" + id));
        assertEquals(List.of("BIODECHETS", "EAU"), rows("select cs.sector_code from company_sector cs join company c"
                + " on c.id = cs.company_id where c.name like ? order by 1", "%" + id));
        assertEquals(List.of("2024-01-15|2024-01-15"), rows("select ct.confirmed_on, cc.confirmed_on from contact ct"
                + " join contact_confirmation cc on cc.contact_id = ct.id join company c on c.id = ct.company_id"
                + " where c.name like ?", "%" + id), "the contact is as fresh as the base said, not as the import day");
    }

    @Test
    void cancellingAPreviewOfAWorkbookSavesNothing() throws Exception {
        String id = Accounts.shortId();
        byte[] workbook = ImportFilesTest.xlsx(List.of(List.of("Company name", "SIRET", "Kind of structure", "Town", "Effectif"),
                List.of("Annulée " + id, Double.valueOf(Sirets.random()), "SME", "Ivry-sur-Seine", "12")));
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            pages().open(page, "/company/import.xhtml");
            upload(page, "annule.xlsx", workbook);
            assertThat(page.locator("#summary")).containsText("1 ligne(s) lue(s) : 1 valide(s)");
            assertThat(lineRow(page, 2)).containsText("Annulée " + id);
            assertThat(page.locator("#importForm\\:ignored")).hasText("Colonnes ignorées (non reconnues) : Effectif");

            page.click("#importForm\\:cancel");
            assertThat(page.locator("#messages")).containsText("Import annulé : rien n'a été enregistré.");
            assertThat(page.locator("#summary")).hasCount(0);
        }
        assertEquals(0, count("select count(*) from company where name like ?", "%" + id));
    }

    @Test
    void whenALineIsRefusedAtImportTimeNothingOfTheFileIsImported() throws Exception {
        String id = Accounts.shortId();
        String clash = Sirets.random();
        String csv = "Company name,SIRET,Kind of structure,Contact last name\n"
                + "Premier " + id + "," + Sirets.random() + ",SME,Martin\n"
                + "Second " + id + "," + Sirets.random() + ",SME,\n"
                + "Troisième " + id + "," + clash + ",SME,\n";
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            pages().open(page, "/company/import.xhtml");
            upload(page, "conflit.csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(page.locator("#summary")).containsText("3 valide(s)");

            insertCompany("Créée entre-temps " + id, clash); // another officer, between the preview and the import
            page.click("#importForm\\:importValid");
            assertThat(page.locator("#messages")).containsText("Rien n'a été importé : la ligne 4 a été refusée"
                    + " (Une entreprise a déjà ce SIRET : Créée entre-temps " + id + ".)", OUTCOME);
        }
        assertEquals(List.of("Créée entre-temps " + id), rows("select name from company where name like ?", "%" + id));
        assertEquals(0, count("select count(*) from contact where last_name = 'Martin' and company_id in"
                + " (select id from company where name like ?)", "%" + id));
    }

    @Test
    void theTemplateHasEveryColumnAndAnUnreadableFileIsExplained() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            pages().open(page, "/company/import.xhtml");
            Download template = page.waitForDownload(() -> page.click("#importForm\\:templateXlsx"));
            assertEquals("modele-import-entreprises.xlsx", template.suggestedFilename());
            ImportTable table = ImportFiles.read("template.xlsx", Files.readAllBytes(template.path()));
            assertEquals("Raison sociale", table.headers().get(0));
            assertEquals(ImportColumn.values().length, table.headers().size());

            upload(page, "vide.csv", "Nom;Ville\nA;B\n".getBytes(StandardCharsets.UTF_8));
            assertThat(page.locator("#messages")).containsText("La première ligne n'a pas de colonne « Raison sociale »");
            assertThat(page.locator("#summary")).hasCount(0);
        }
    }

    @Test
    void partnersCannotOpenTheImportPage() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            String[] partner = new Accounts(browser, pages()).of(Role.PARTNER);
            pages().login(page, partner[0], partner[1]);
            Response response = pages().open(page, "/company/import.xhtml");
            assertEquals(403, response.status());
            assertThat(page.locator("h1")).hasText("Accès refusé");
        }
    }

    private static void upload(Page page, String name, byte[] content) {
        String type = name.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
        // a file chosen before the page's scripts have run (a page reached from the menu, on a busy machine)
        // is never sent: the upload widget listens to the input only once they have
        page.waitForSelector("html:not(.loading)");
        page.setInputFiles("#importForm\\:file_input", new FilePayload(name, type, content));
        // the first workbook read loads POI in the server: allow it the time a busy machine needs
        assertThat(page.locator("#summary").or(page.locator("#messages .ui-messages-error")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
    }

    private static com.microsoft.playwright.Locator lineRow(Page page, int line) {
        return page.locator("#importForm\\:lines tr:has(td.line-number:text-is('" + line + "'))");
    }

    private Pages pages() {
        return new Pages(application);
    }

    private Page officer(BrowserContext context) {
        Page page = context.newPage();
        String[] officer = new Accounts(browser, pages()).of(Role.OFFICER);
        pages().login(page, officer[0], officer[1]);
        return page;
    }

    private static void insertCompany(String name, String siret) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement insert = connection.prepareStatement(
                "insert into company (name, normalized_name, siret, siren, kind) values (?, ?, ?, ?, 'PME')")) {
            insert.setString(1, name);
            insert.setString(2, CompanyNames.normalize(name));
            insert.setString(3, siret);
            insert.setString(4, siret.substring(0, 9));
            insert.executeUpdate();
        }
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            ResultSet row = query.executeQuery();
            row.next();
            return row.getLong(1);
        }
    }

    /** Each row's columns joined with "|". */
    private static List<String> rows(String sql, String parameter) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            ResultSet result = query.executeQuery();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getString(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    private static byte[] concat(byte[] a, byte[] b) throws IOException {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
