package fr.revitems.company;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitUntilState;
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

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Companies as an officer uses them, in a real browser, with what the database then holds
 * checked by independent SQL: creation and its checks, duplicates, pipeline rules and history,
 * two officers editing at once, the list's search, and who may open the pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompanyBrowserIT {

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
    void aBadSiretIsExplainedNextToTheFieldAndEverythingTypedIsKept() throws SQLException {
        String name = "Hydro Bad Siret " + Accounts.shortId();
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            pages().open(page, "/company/edit.xhtml");
            page.fill("#companyForm\\:name", name);
            chooseKind(page, "PME");
            page.fill("#companyForm\\:siret", "443 061 841 00048");
            page.fill("#companyForm\\:commune", "Créteil");
            page.click("#companyForm\\:save");

            assertThat(page.locator("#companyForm")).containsText("Ce SIRET n'est pas valide");
            assertThat(page.locator("#companyForm\\:name")).hasValue(name);
            assertThat(page.locator("#companyForm\\:siret")).hasValue("443 061 841 00048");
            assertThat(page.locator("#companyForm\\:commune")).hasValue("Créteil");
        }
        assertEquals(0, count("select count(*) from company where name = ?", name), "nothing saved");
    }

    @Test
    void aNewCompanyStartsInProspectionWithItsFirstHistoryLine() throws SQLException {
        String name = "Station Bleue " + Accounts.shortId();
        String siret = Sirets.random();
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            create(page, name, siret, "Vitry-sur-Seine");

            assertThat(page.locator("h1")).hasText(name);
            assertThat(page.locator("#companyActions\\:stage")).hasText("Prospection");
            assertThat(page.locator("#siret")).hasText(siret);
            assertThat(page.locator("#history")).containsText("Prospection");
        }
        assertEquals(List.of("null>PROSPECTION"), moves(siret));
        assertEquals(siret.substring(0, 9), text("select siren from company where siret = ?", siret));
    }

    @Test
    void theSameSiretIsRefusedWithALinkToTheCompanyThatHasIt() throws SQLException {
        String siret = Sirets.random();
        String first = "Premier Titulaire " + Accounts.shortId();
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            create(page, first, siret, "Ivry-sur-Seine");
            pages().open(page, "/company/edit.xhtml");
            page.fill("#companyForm\\:name", "Second Essai " + Accounts.shortId());
            chooseKind(page, "PME");
            page.fill("#companyForm\\:siret", siret);
            page.click("#companyForm\\:save");

            assertThat(page.locator("#companyForm")).containsText("Une entreprise a déjà ce SIRET : " + first + ".");
            assertThat(page.locator("#companyForm\\:existing")).containsText(first);
        }
        assertEquals(1, count("select count(*) from company where siret = ?", siret));
    }

    @Test
    void aSimilarNameInTheSameCommuneIsAWarningTheOfficerMayOverrule() throws SQLException {
        String suffix = Accounts.shortId();
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            create(page, "Eaux & Sols " + suffix + " SAS", null, "Créteil");
            pages().open(page, "/company/edit.xhtml");
            page.fill("#companyForm\\:name", "EAUX ET SOLS " + suffix.toUpperCase());
            chooseKind(page, "PME");
            page.fill("#companyForm\\:commune", "créteil");
            page.click("#companyForm\\:save");

            assertThat(page.locator("#companyForm\\:duplicates")).containsText("Eaux & Sols " + suffix + " SAS");
            assertEquals(1, count("select count(*) from company where normalized_name = ?", "eaux et sols " + suffix));

            page.click("#companyForm\\:createAnyway");
            assertThat(page.locator("h1")).hasText("EAUX ET SOLS " + suffix.toUpperCase());
        }
        assertEquals(2, count("select count(*) from company where normalized_name = ?", "eaux et sols " + suffix));
    }

    @Test
    void stagesFollowTheProgrammesRulesAndEveryMoveIsKept() throws SQLException {
        String siret = Sirets.random();
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            create(page, "Parcours " + Accounts.shortId(), siret, "Orly");

            openMove(page);
            assertEquals(List.of("Diagnostic", "Clôturée"), page.locator("#stageForm\\:target label").allTextContents());
            moveTo(page, "Diagnostic");
            assertThat(page.locator("#companyActions\\:stage")).hasText("Diagnostic");

            openMove(page);
            moveTo(page, "Prospection");
            assertThat(page.locator("#stageForm")).containsText("Indiquez pourquoi l'entreprise revient en arrière.");
            page.fill("#stageForm\\:reason", "Diagnostic reporté à la demande du dirigeant");
            page.click("#stageForm\\:confirm");
            assertThat(page.locator("#companyActions\\:stage")).hasText("Prospection");

            openMove(page);
            moveTo(page, "Clôturée");
            assertThat(page.locator("#stageForm")).containsText("Indiquez pourquoi l'entreprise quitte le programme.");
            Pages.choose(page, "stageForm:closingReason", "Injoignable");
            page.click("#stageForm\\:confirm");
            assertThat(page.locator("#companyActions\\:stage")).hasText("Clôturée");
            assertThat(page.locator("#history")).containsText("Diagnostic reporté à la demande du dirigeant");
            assertThat(page.locator("#history")).containsText("Injoignable");
        }
        assertEquals(List.of("null>PROSPECTION", "PROSPECTION>DIAGNOSTIC", "DIAGNOSTIC>PROSPECTION", "PROSPECTION>CLOSED"), moves(siret));
        assertEquals("UNREACHABLE", text("select s.closing_reason from stage_change s join company c on c.id = s.company_id"
                + " where c.siret = ? and s.to_stage = 'CLOSED'", siret));
        assertEquals("CLOSED", text("select stage from company where siret = ?", siret));
    }

    @Test
    void onTheBoardACardDroppedOnTheNextStageMovesTheCompanyAndASkipIsNotAccepted() throws SQLException {
        String name = "Carte Mobile " + Accounts.shortId();
        String siret = Sirets.random();
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            create(page, name, siret, "Arcueil");
            pages().open(page, "/company/board.xhtml");
            var card = page.locator(".board-card", new Page.LocatorOptions().setHasText(name));
            assertThat(page.locator(".column-PROSPECTION")).containsText(name);

            card.dragTo(page.locator(".column-SKILLS"));
            page.waitForTimeout(500);
            assertThat(page.locator(".column-PROSPECTION")).containsText(name);
            assertEquals("PROSPECTION", text("select stage from company where siret = ?", siret));

            long before = Long.parseLong(page.locator("#count-DIAGNOSTIC").textContent().trim());
            card.dragTo(page.locator(".column-DIAGNOSTIC"));
            assertThat(page.locator("#messages")).containsText("« " + name + " » passe à l'étape « Diagnostic ».");
            assertThat(page.locator(".column-DIAGNOSTIC")).containsText(name);
            assertThat(page.locator("#count-DIAGNOSTIC")).hasText(Long.toString(before + 1));
        }
        assertEquals(List.of("null>PROSPECTION", "PROSPECTION>DIAGNOSTIC"), moves(siret));
    }

    @Test
    void whenTwoOfficersEditTheSameCompanyTheSecondIsToldWhoChangedWhat() throws SQLException {
        String siret = Sirets.random();
        String name = "Deux Mains " + Accounts.shortId();
        try (BrowserContext first = browser.newContext(); BrowserContext second = browser.newContext()) {
            Page alice = officer(first);
            create(alice, name, siret, "Choisy-le-Roi");
            String editUrl = alice.url().replace("/company/view.xhtml", "/company/edit.xhtml");
            String[] admin = new Accounts(browser, pages()).of(Role.ADMIN);
            Page bob = second.newPage();
            pages().login(bob, admin[0], admin[1]);

            alice.navigate(editUrl);
            bob.navigate(editUrl);
            alice.fill("#companyForm\\:commune", "Thiais");
            alice.click("#companyForm\\:save");
            assertThat(alice.locator("#messages")).containsText("L'entreprise « " + name + " » est enregistrée.");

            bob.fill("#companyForm\\:street", "12 quai de la Révolution");
            bob.click("#companyForm\\:save");
            assertThat(bob.locator("#messages")).containsText("Modifiée entre-temps par " + officer()[0]);
            assertThat(bob.locator("#messages")).containsText("Commune");
            assertThat(bob.locator("#companyForm\\:street")).hasValue("12 quai de la Révolution");
        }
        assertEquals("Thiais", text("select commune from company where siret = ?", siret));
        assertEquals(null, text("select street from company where siret = ?", siret));
    }

    @Test
    void formsWaitForThePageScriptsAndAFormSentBeforeThemSavesNothingAndSaysSo() throws SQLException {
        String name = "Page Lente " + Accounts.shortId();
        String typed = "Jamais Enregistrée " + Accounts.shortId();
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            create(page, name, Sirets.random(), "Vitry-sur-Seine");
            String companyUrl = page.url();

            // PrimeFaces' scripts held back, as on a slow connection: the page shows, its forms stay inert
            AtomicBoolean holding = new AtomicBoolean(true);
            List<Route> held = new ArrayList<>();
            page.route(Pattern.compile("core\\.js"), route -> {
                if (holding.get()) {
                    held.add(route);
                } else {
                    route.resume();
                }
            });
            Runnable release = () -> {
                holding.set(false);
                held.forEach(Route::resume);
                held.clear();
            };
            page.navigate(companyUrl, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            Locator addContact = page.locator("#contactsForm\\:addContact");
            assertThat(addContact).isVisible();
            assertThat(page.locator("html")).hasClass(Pattern.compile("\\bloading\\b"));
            assertThrows(TimeoutError.class, () -> addContact.click(new Locator.ClickOptions().setTrial(true).setTimeout(2000)));
            release.run();
            // the click as a user makes it, right away: it waits for the page and opens the dialog
            addContact.click();
            Pages.dialogOpened(page, "#contactDialog");

            // Enter in a field before the scripts have run sends the form natively: refused, explained, nothing saved
            holding.set(true);
            page.navigate(pages().url("/company/edit.xhtml"), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            page.locator("#companyForm\\:name").fill(typed);
            page.locator("#companyForm\\:name").press("Enter");
            page.waitForURL("**/errors/early.xhtml", new Page.WaitForURLOptions().setWaitUntil(WaitUntilState.COMMIT));
            release.run();
            assertThat(page.locator("h1")).hasText("La page n'avait pas fini de se charger");
            assertThat(page.locator("#errorText")).containsText("rien n'a été enregistré");
            page.click("#backToPage");
            page.waitForURL("**/company/edit.xhtml");
            assertThat(page.locator("#companyForm\\:name")).isEditable();
        }
        assertEquals(0, count("select count(*) from company where name = ?", typed));
    }

    @Test
    void theListFindsCompaniesByNameSiretCommuneOrContactAndFiltersByStage() {
        String suffix = Accounts.shortId();
        String siret = Sirets.random();
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            create(page, "Recherche Verte " + suffix, siret, "Nogent-" + suffix);
            addContact(page, "Durand" + suffix, "c.durand." + suffix + "@example.org");
            assertThat(page.locator("#contactsForm\\:contacts")).containsText("Durand" + suffix);

            for (String query : List.of("recherche verte " + suffix, siret.substring(0, 9), "nogent-" + suffix, "durand" + suffix)) {
                pages().open(page, "/company/list.xhtml");
                page.fill("#companiesForm\\:text", query);
                assertThat(page.locator("#companiesForm\\:companies a.company-name")).hasCount(1);
                assertThat(page.locator("#companiesForm\\:companies")).containsText("Recherche Verte " + suffix);
            }
            Pages.choose(page, "companiesForm:stage", "Diagnostic");
            assertThat(page.locator("#companiesForm\\:companies")).containsText("Aucune entreprise ne correspond à ces critères.");
        }
    }

    @Test
    void aContactWhoseEmailIsAlreadyKnownIsAWarningFirst() throws SQLException {
        String email = "partage." + Accounts.shortId() + "@example.org";
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            create(page, "Premier Employeur " + Accounts.shortId(), null, "Bonneuil");
            addContact(page, "Martin", email);
            create(page, "Second Employeur " + Accounts.shortId(), null, "Bonneuil");
            addContact(page, "Martin", email);

            assertThat(page.locator("#contactForm")).containsText("Cette adresse est déjà celle d'un autre contact");
            assertThat(page.locator("#contactForm\\:sameEmail")).containsText("Premier Employeur");
            assertEquals(1, count("select count(*) from contact where email = ?", email));
            page.click("#contactForm\\:saveAnyway");
            assertThat(page.locator("#contactsForm\\:contacts")).containsText("Martin");
        }
        assertEquals(2, count("select count(*) from contact where email = ?", email));
    }

    @Test
    void contactsUnconfirmedForAYearAreListedByOfficerExportedAndConfirmedInBulkOrOneByOne() throws Exception {
        String id = Accounts.shortId();
        String first = "Ancien" + id;
        String second = "Oublie" + id;
        // an officer of its own: the list is narrowed to the companies this officer follows, and the shared
        // officer may follow others with stale contacts (an import test's, say)
        String[] officer = new Accounts(browser, pages()).create("fraicheur-" + id, Role.OFFICER);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().login(page, officer[0], officer[1]);
            create(page, "Vieille Fiche " + id, null, "Gentilly");
            addContact(page, first, first.toLowerCase() + "@example.org");
            addContact(page, second, second.toLowerCase() + "@example.org");
            try (Connection connection = TestDatabase.connect(); PreparedStatement age = connection.prepareStatement(
                    "update contact set confirmed_on = current_date - 400, created_at = now() - interval '400 days'"
                            + " where last_name in (?, ?);"
                            + " update contact_confirmation set confirmed_on = current_date - 400 where contact_id in"
                            + " (select id from contact where last_name in (?, ?));"
                            + " update company set officer_id = (select id from app_user where username = ?)"
                            + " where name = ?")) {
                age.setString(1, first);
                age.setString(2, second);
                age.setString(3, first);
                age.setString(4, second);
                age.setString(5, officer[0]);
                age.setString(6, "Vieille Fiche " + id);
                age.execute();
            }
            pages().open(page, "/company/freshness.xhtml");
            assertThat(page.locator("#freshnessForm\\:stale")).containsText(first);
            assertThat(page.locator("#sharePercent")).hasText(sharePercentNow() + " %");

            // only the companies this officer follows: theirs are the only stale contacts
            page.click("#freshnessForm\\:officer");
            page.click("#freshnessForm\\:officer_items li[data-label='" + displayName(officer[0]) + "']");
            assertThat(page.locator("#staleTitle")).hasText("Contacts à vérifier (2)");
            assertThat(page.locator("#freshnessForm\\:stale tbody tr")).hasCount(2);

            com.microsoft.playwright.Download export = page.waitForDownload(() -> page.click("#freshnessForm\\:export"));
            assertEquals("contacts-a-verifier.xlsx", export.suggestedFilename());
            List<String> exported = new ArrayList<>();
            try (org.apache.poi.ss.usermodel.Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(export.path().toFile())) {
                org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
                for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                    }
                    exported.add(String.join("|", cells));
                }
            }
            assertEquals(List.of("Nom|Entreprise|Courriel|Téléphone|Confirmé le",
                    first + "|Vieille Fiche " + id + "|" + first.toLowerCase() + "@example.org||" + dayBefore(400),
                    second + "|Vieille Fiche " + id + "|" + second.toLowerCase() + "@example.org||" + dayBefore(400)), exported);

            page.locator("#freshnessForm\\:stale tr", new Page.LocatorOptions().setHasText(first)).locator(".ui-chkbox-box").click();
            page.click("#freshnessForm\\:bulk");
            assertThat(page.locator("#messages")).containsText("1 contact(s) confirmé(s) à jour.");
            assertThat(page.locator("#staleTitle")).hasText("Contacts à vérifier (1)");
            assertThat(page.locator("#freshnessForm\\:stale")).not().containsText(first);

            page.locator("tr", new Page.LocatorOptions().setHasText(second)).locator("button[id$=':stillValid']").click();
            assertThat(page.locator("#messages")).containsText("est confirmé à jour.");
            assertThat(page.locator("#freshnessForm\\:stale")).not().containsText(second);
            assertThat(page.locator("#staleTitle")).hasText("Contacts à vérifier (0)");
            assertThat(page.locator("#sharePercent")).hasText(sharePercentNow() + " %");
        }
        assertEquals(0, count("select count(*) from contact where last_name in (?, ?) and confirmed_on <> current_date", first, second));
        assertEquals(4, count("select count(*) from contact_confirmation cc join contact c on c.id = cc.contact_id"
                + " where c.last_name in (?, ?)", first, second));
    }

    private static String dayBefore(int days) {
        return java.time.LocalDate.now().minusDays(days).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static String displayName(String username) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(
                "select display_name from app_user where username = ?")) {
            query.setString(1, username);
            ResultSet row = query.executeQuery();
            row.next();
            return row.getString(1);
        }
    }

    /** The share of contacts confirmed within twelve months today, computed independently of the application. */
    private static long sharePercentNow() throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(
                "select round(100.0 * count(*) filter (where exists (select 1 from contact_confirmation cc"
                        + " where cc.contact_id = c.id and cc.confirmed_on > current_date - interval '12 months'))"
                        + " / count(*)) from contact c")) {
            ResultSet row = query.executeQuery();
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void partnersAndTheDeskCannotOpenCompanies() {
        for (Role role : List.of(Role.PARTNER, Role.DESK)) {
            try (BrowserContext context = browser.newContext()) {
                Page page = context.newPage();
                String[] account = new Accounts(browser, pages()).of(role);
                pages().login(page, account[0], account[1]);
                Response response = pages().open(page, "/company/list.xhtml");
                assertEquals(403, response.status(), role.name());
                assertThat(page.locator("h1")).hasText("Accès refusé");
            }
        }
    }

    @Test
    void anUnknownCompanyIsPageNotFound() {
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            Response response = pages().open(page, "/company/view.xhtml?id=999999999");
            assertEquals(404, response.status());
            assertThat(page.locator("h1")).hasText("Page introuvable");
        }
    }

    private Pages pages() {
        return new Pages(application);
    }

    private String[] officer() {
        return new Accounts(browser, pages()).of(Role.OFFICER);
    }

    private Page officer(BrowserContext context) {
        Page page = context.newPage();
        String[] officer = officer();
        pages().login(page, officer[0], officer[1]);
        return page;
    }

    private void create(Page page, String name, String siret, String commune) {
        pages().open(page, "/company/edit.xhtml");
        page.fill("#companyForm\\:name", name);
        chooseKind(page, "PME");
        if (siret != null) {
            page.fill("#companyForm\\:siret", siret);
        }
        page.fill("#companyForm\\:commune", commune);
        page.click("#companyForm\\:save");
        assertThat(page.locator("#companyForm .ui-message-error, #companyForm\\:duplicates")).hasCount(0);
        assertThat(page.locator("h1")).hasText(name);
    }

    private static void chooseKind(Page page, String label) {
        Pages.choose(page, "companyForm:kind", label);
    }

    private static void addContact(Page page, String lastName, String email) {
        // a contact added just before: its save is over once its dialog has closed (the answer's last step)
        assertThat(page.locator("#contactDialog")).isHidden();
        Pages.ajaxDone(page);
        page.click("#contactsForm\\:addContact");
        // the dialog opens once its form is re-rendered empty: typing before the last answer would be wiped
        Pages.dialogOpened(page, "#contactDialog");
        Pages.ajaxDone(page);
        page.fill("#contactForm\\:lastName", lastName);
        page.fill("#contactForm\\:email", email);
        assertThat(page.locator("#contactForm\\:lastName")).hasValue(lastName);
        page.click("#contactForm\\:saveContact");
        // the ajax save is over once the contact is listed (saved) or the email warning shows
        assertThat(page.locator("#contactsForm\\:contacts").getByText(lastName).first()
                .or(page.locator("#contactForm\\:sameEmail")).first()).isVisible();
    }

    private static void openMove(Page page) {
        page.click("#companyActions\\:move");
        Pages.dialogOpened(page, "#stageDialog");
    }

    private static void moveTo(Page page, String stage) {
        page.locator("#stageForm\\:target label", new Page.LocatorOptions().setHasText(stage)).click();
        page.waitForTimeout(300);
        page.click("#stageForm\\:confirm");
    }

    private static List<String> moves(String siret) throws SQLException {
        List<String> moves = new ArrayList<>();
        try (Connection connection = TestDatabase.connect();
             PreparedStatement query = connection.prepareStatement("select s.from_stage, s.to_stage from stage_change s"
                     + " join company c on c.id = s.company_id where c.siret = ? order by s.id")) {
            query.setString(1, siret);
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                moves.add(rows.getString(1) + ">" + rows.getString(2));
            }
        }
        return moves;
    }

    private static long count(String sql, String... parameters) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            ResultSet row = query.executeQuery();
            row.next();
            return row.getLong(1);
        }
    }

    private static String text(String sql, String parameter) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            ResultSet row = query.executeQuery();
            assertTrue(row.next(), sql);
            return row.getString(1);
        }
    }
}
