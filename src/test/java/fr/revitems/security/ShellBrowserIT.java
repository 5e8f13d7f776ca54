package fr.revitems.security;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import com.microsoft.playwright.options.WaitForSelectorState;
import fr.revitems.testing.Deployments;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application shell in a real browser: login per role and its menu, access refused by
 * folder, the language switch, login throttling, session handling, account administration.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShellBrowserIT {

    static final String ADMIN_PASSWORD = Accounts.ADMIN_PASSWORD;
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
    void eachRoleLandsOnItsHomeAndSeesOnlyItsMenu() {
        Map<Role, String> homeTitles = Map.of(Role.ADMIN, "Administration", Role.OFFICER, "Espace chargé de mission",
                Role.PARTNER, "Portail partenaire emploi", Role.DESK, "Accueil du forum");
        Map<Role, List<String>> menus = Map.of(
                Role.ADMIN, List.of("menuOfficer", "menuCompanies", "menuDesk", "menuAdmin"),
                Role.OFFICER, List.of("menuOfficer", "menuCompanies", "menuDesk"),
                Role.PARTNER, List.of("menuPartner"),
                Role.DESK, List.of("menuDesk"));
        List<String> allEntries = List.of("menuOfficer", "menuCompanies", "menuDesk", "menuPartner", "menuAdmin");
        for (Role role : Role.values()) {
            try (BrowserContext context = browser.newContext()) {
                Page page = context.newPage();
                String[] account = account(role);
                pages().login(page, account[0], account[1]);

                assertThat(page.locator("h1")).hasText(homeTitles.get(role));
                for (String entry : allEntries) {
                    int expected = menus.get(role).contains(entry) ? 1 : 0;
                    assertEquals(expected, page.locator("[id='menuForm:" + entry + "']").count(), role + " / " + entry);
                }
            }
        }
    }

    @Test
    void aPartnerOpeningAnOfficerPageGetsTheAccessDeniedPage() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            String[] partner = account(Role.PARTNER);
            pages().login(page, partner[0], partner[1]);

            Response response = pages().open(page, "/officer/home.xhtml");

            assertEquals(403, response.status());
            assertThat(page.locator("h1")).hasText("Accès refusé");
            assertThat(page.locator("#errorText")).containsText("n'est pas ouverte à votre rôle");
            assertFalse(page.content().contains("Exception"), "no stack trace");
        }
    }

    @Test
    void anUnknownPageShowsThePageNotFound() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Response response = pages().open(page, "/nowhere/missing.xhtml");
            assertEquals(404, response.status());
            assertThat(page.locator("h1")).hasText("Page introuvable");
        }
    }

    @Test
    void theLanguageSwitchTurnsThePagesToEnglishAndBackAndIsRemembered() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().open(page, "/login.xhtml");
            assertThat(page.locator("h1")).hasText("Connexion");

            page.click("#languageForm\\:english");
            assertThat(page.locator("h1")).hasText("Log in");
            assertThat(page.locator("html")).hasAttribute("lang", "en");

            String[] officer = account(Role.OFFICER);
            pages().login(page, officer[0], officer[1]);
            assertThat(page.locator("h1")).hasText("Officer's space");
            pages().open(page, "/desk/home.xhtml");
            assertThat(page.locator("h1")).hasText("Forum desk");

            page.click("#languageForm\\:french");
            assertThat(page.locator("h1")).hasText("Accueil du forum");
            assertThat(page.locator("html")).hasAttribute("lang", "fr");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().open(page, "/login.xhtml");
            page.click("#languageForm\\:english");
            assertThat(page.locator("h1")).hasText("Log in");
            context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
            pages().open(page, "/login.xhtml");
            assertThat(page.locator("h1")).hasText("Log in");
        }
    }

    @Test
    void aWrongPasswordIsRefusedNextToTheFormAndTheUsernameIsKept() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            String[] desk = account(Role.DESK);
            pages().login(page, desk[0], "not the right password");

            assertThat(page.locator("#messages")).containsText("Identifiant ou mot de passe incorrect.");
            assertThat(page.locator("#loginForm\\:username")).hasValue(desk[0]);
            assertTrue(page.url().contains("/login.xhtml"));
        }
    }

    @Test
    void anEmptyLoginFormSaysWhichFieldsAreMissing() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().open(page, "/login.xhtml");
            page.click("#loginForm\\:submit");
            assertThat(page.locator("#loginForm")).containsText("Saisissez votre identifiant.");
            assertThat(page.locator("#loginForm")).containsText("Saisissez votre mot de passe.");
        }
    }

    @Test
    void aLoginPageLeftOpenPastTheSessionStillLogsIn() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().open(page, "/login.xhtml");
            context.clearCookies();
            String[] officer = account(Role.OFFICER);
            pages().login(page, officer[0], officer[1]);
            assertThat(page.locator("h1")).hasText("Espace chargé de mission");
        }
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() {
        String username = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        String password = createAccount(username, Role.OFFICER);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            for (int i = 0; i < 5; i++) {
                pages().login(page, username, "wrong password number " + i);
                assertThat(page.locator("#messages")).containsText("Identifiant ou mot de passe incorrect.");
            }
            pages().login(page, username, password);
            assertThat(page.locator("#messages")).containsText("Trop de tentatives de connexion échouées. Réessayez dans 15 minute(s).");
            assertTrue(page.url().contains("/login.xhtml"));
        }
    }

    @Test
    void theSessionIdChangesAtLoginAndLogoutEndsTheSession() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().open(page, "/login.xhtml");
            String before = sessionId(context);
            String[] officer = account(Role.OFFICER);
            pages().login(page, officer[0], officer[1]);
            String after = sessionId(context);
            assertNotEquals(before, after, "session fixation: the id must change at login");

            pages().logout(page);
            assertThat(page.locator("#loggedOutMessage")).containsText("Vous êtes déconnecté(e).");
            pages().open(page, "/officer/home.xhtml");
            assertTrue(page.url().contains("/login.xhtml"), "back to the login page: " + page.url());
        }
    }

    @Test
    void pagesCarrySecurityHeadersAndTheSessionCookieIsHttpOnlyAndSameSite() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Response response = pages().open(page, "/login.xhtml");
            Map<String, String> headers = response.allHeaders();
            assertTrue(headers.get("content-security-policy").contains("frame-ancestors 'none'"), headers.toString());
            assertTrue(headers.get("content-security-policy").contains("script-src 'self' 'nonce-"), headers.toString());
            assertEquals("nosniff", headers.get("x-content-type-options"));
            assertEquals("DENY", headers.get("x-frame-options"));
            assertEquals("same-origin", headers.get("referrer-policy"));
            Cookie session = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
            assertTrue(session.httpOnly);
            assertEquals(SameSiteAttribute.LAX, session.sameSite);
        }
    }

    @Test
    void theAdministratorIsToldWhatIsWrongAndKeepsWhatWasTyped() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().login(page, "admin", ADMIN_PASSWORD);
            pages().open(page, "/admin/users.xhtml");
            page.click("#usersForm\\:create");
            // the dialog is filled by the answer that opens it: type only once that answer is in
            Pages.dialogOpened(page, "#userDialog");
            Pages.ajaxDone(page);
            page.fill("#userForm\\:username", "Not Valid!");
            page.fill("#userForm\\:displayName", "Camille Martin");
            page.locator("#userForm\\:roles label", new Page.LocatorOptions().setHasText("Accueil forum")).click();
            page.click("#userForm\\:save");

            assertThat(page.locator("#userForm")).containsText("L'identifiant doit faire 3 à 64 caractères");
            assertThat(page.locator("#userForm\\:displayName")).hasValue("Camille Martin");
            assertThat(page.locator("#userForm\\:username")).hasValue("Not Valid!");
        }
    }

    @Test
    void anAdministratorAddsARoundAndItsFundersWhichTheDashboardThenOffersAndAnOfficerCannot() {
        String id = UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        String name = "Essonne Sud " + id;
        String funder = "Conseil départemental " + id;
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            String[] officer = account(Role.OFFICER);
            pages().login(page, officer[0], officer[1]);
            assertEquals(403, pages().open(page, "/admin/rounds.xhtml").status(), "rounds are the administrators'");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().login(page, "admin", ADMIN_PASSWORD);
            pages().open(page, "/admin/rounds.xhtml");
            page.click("#roundsForm\\:create");
            Pages.dialogOpened(page, "#roundDialog");
            Pages.ajaxDone(page);
            page.fill("#roundForm\\:name", name);
            page.fill("#roundForm\\:code", "ess-" + id);
            page.fill("#roundForm\\:startsOn_input", "01/01/2027");
            page.fill("#roundForm\\:endsOn_input", "31/12/2026");
            page.fill("#roundForm\\:funders_input", funder);
            page.press("#roundForm\\:funders_input", "Enter");
            page.click("#roundForm\\:save");

            assertThat(page.locator("#roundForm .field:has(#roundForm\\:endsOn_input)")).containsText("La fin est avant le début.");
            assertThat(page.locator("#roundForm\\:name")).hasValue(name);
            assertThat(page.locator("#roundForm\\:funders")).containsText(funder);

            page.fill("#roundForm\\:endsOn_input", "31/12/2029");
            page.click("#roundForm\\:save");
            Pages.closed(page, "#roundDialog");
            assertThat(page.locator("#messages")).containsText("Dispositif « " + name + " » créé.");
            com.microsoft.playwright.Locator row = page.locator("#roundsForm\\:rounds tr:has(.round-name:text-is('" + name + "'))");
            assertThat(row).containsText("ESS-" + id);
            assertThat(row).containsText("01/01/2027 – 31/12/2029");
            assertThat(row.locator(".funder-tag")).hasText(funder);

            // a date that is not one, on the round just made: named with its field and what was typed
            row.locator("button[id$=':edit']").click();
            Pages.dialogOpened(page, "#roundDialog");
            Pages.ajaxDone(page);
            assertThat(page.locator("#roundForm\\:name")).hasValue(name);
            page.fill("#roundForm\\:startsOn_input", "bientôt");
            page.click("#roundForm\\:save");
            assertThat(page.locator("#roundForm .field:has(#roundForm\\:startsOn_input)"))
                    .containsText("Début : « bientôt » ne se lit pas comme une date ; saisissez-la au format jj/mm/aaaa.");
            page.click("#roundForm\\:cancel");

            // the menus' choices, as their hidden select holds them (PrimeFaces builds the list when a menu opens)
            pages().open(page, "/reporting/dashboard.xhtml");
            assertTrue(page.locator("#filters\\:round_input option").allTextContents().contains(name));
            assertTrue(page.locator("#filters\\:funder_input option").allTextContents().contains(funder));
        }
    }

    @Test
    void anAdministratorBringsTheRomeCodesUpToDateFromFranceTravailsListAndAnOfficerCannot() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            String[] officer = account(Role.OFFICER);
            pages().login(page, officer[0], officer[1]);
            assertEquals(403, pages().open(page, "/admin/rome.xhtml").status(), "the reference lists are the administrators'");
        }
        long before = sql("select count(*) from rome_code where active");
        String label = sqlText("select label from rome_code where code = 'H1302'");
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().login(page, "admin", ADMIN_PASSWORD);
            pages().open(page, "/admin/rome.xhtml");
            assertThat(page.locator("#offered")).hasText("Les listes proposent " + before + " codes ROME.");
            String csv = "code_rome;libelle_rome;code_ogr\n"
                    + "N4499;Métier d'essai du référentiel;1\n"
                    + "H1302;" + label + " (nouveau libellé);2\n"
                    + "Z0000;Pas un code;3\n";
            page.waitForSelector("html:not(.loading)");
            page.setInputFiles("#romeForm\\:file_input", new com.microsoft.playwright.options.FilePayload("rome.csv", "text/csv",
                    csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(page.locator("#summary")).hasText("2 code(s) lu(s) : 1 nouveau(x), 1 à mettre à jour (libellé changé ou code"
                    + " de nouveau proposé), 0 inchangé(s) ; 1 ligne(s) rejetée(s).");
            assertThat(page.locator("#romeForm\\:rejected")).containsText("« Z0000 » n'est pas un code ROME");
            assertEquals(0, sql("select count(*) from rome_code where code = 'N4499'"), "a preview writes nothing");

            page.click("#romeForm\\:update");
            assertThat(page.locator("#messages")).containsText("Codes ROME mis à jour : 1 ajouté(s), 1 modifié(s).");
            assertThat(page.locator("#offered")).hasText("Les listes proposent " + (before + 1) + " codes ROME.");
            assertEquals(label + " (nouveau libellé)", sqlText("select label from rome_code where code = 'H1302'"));
            assertEquals("Métier d'essai du référentiel", sqlText("select label from rome_code where code = 'N4499' and active"));
        } finally {
            try (java.sql.Connection connection = fr.revitems.testing.TestDatabase.connect();
                 java.sql.PreparedStatement restore = connection.prepareStatement(
                         "delete from rome_code where code = 'N4499'; update rome_code set label = ? where code = 'H1302'")) {
                restore.setString(1, label);
                restore.execute();
            }
        }
    }

    private static long sql(String query) throws java.sql.SQLException {
        try (java.sql.Connection connection = fr.revitems.testing.TestDatabase.connect();
             java.sql.ResultSet row = connection.createStatement().executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String sqlText(String query) throws java.sql.SQLException {
        try (java.sql.Connection connection = fr.revitems.testing.TestDatabase.connect();
             java.sql.ResultSet row = connection.createStatement().executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    @Test
    void theLastAdministratorCannotBeDisabled() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().login(page, "admin", ADMIN_PASSWORD);
            pages().open(page, "/admin/users.xhtml");
            page.locator("tr:has(.username:text-is('admin')) button[id$=':edit']").click();
            assertThat(page.locator("#userForm\\:username")).hasValue("admin");
            page.click("#userForm\\:enabled .ui-toggleswitch-slider");
            page.click("#userForm\\:save");

            assertThat(page.locator("#userForm")).containsText("C'est le dernier administrateur actif");
        }
    }

    @Test
    void aDisabledAccountCanNoLongerLogIn() {
        String username = "leaving-" + UUID.randomUUID().toString().substring(0, 8);
        String password = createAccount(username, Role.PARTNER);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().login(page, "admin", ADMIN_PASSWORD);
            pages().open(page, "/admin/users.xhtml");
            page.locator("tr", new Page.LocatorOptions().setHasText(username)).locator("button[id$=':edit']").click();
            assertThat(page.locator("#userForm\\:username")).hasValue(username);
            page.click("#userForm\\:enabled .ui-toggleswitch-slider");
            page.click("#userForm\\:save");
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(username))).containsText("Désactivé");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().login(page, username, password);
            assertThat(page.locator("#messages")).containsText("Identifiant ou mot de passe incorrect.");
        }
    }

    @Test
    void aPersonChangesTheirOwnPasswordAndLogsInWithTheNewOne() {
        String username = "mover-" + UUID.randomUUID().toString().substring(0, 8);
        String first = createAccount(username, Role.DESK);
        String second = "une nouvelle phrase de passe";
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().login(page, username, first);
            page.click("#sessionForm\\:account");
            page.fill("#passwordForm\\:current", first);
            page.fill("#passwordForm\\:password", "court");
            page.fill("#passwordForm\\:confirmation", "court");
            page.click("#passwordForm\\:change");
            assertThat(page.locator("#passwordForm")).containsText("Le mot de passe doit faire au moins 12 caractères.");

            page.fill("#passwordForm\\:current", first);
            page.fill("#passwordForm\\:password", second);
            page.fill("#passwordForm\\:confirmation", second);
            page.click("#passwordForm\\:change");
            assertThat(page.locator("#messages")).containsText("Votre mot de passe est changé.");
            pages().logout(page);
            pages().login(page, username, second);
            assertThat(page.locator("h1")).hasText("Accueil du forum");
        }
    }

    @Test
    void aSystemAskingForReducedMotionGetsNoTransitionAndTheMenusStillWork() {
        String[] officer = account(Role.OFFICER);
        String stage = "#companiesForm\\:stage";
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().login(page, officer[0], officer[1]);
            pages().open(page, "/company/list.xhtml");
            assertTrue(longestTransitionSeconds(page, stage) >= 0.1, "the theme's own transitions without the preference");
        }
        try (BrowserContext context = browser.newReducedMotionContext()) {
            Page page = context.newPage();
            pages().login(page, officer[0], officer[1]);
            pages().open(page, "/company/list.xhtml");
            assertTrue(longestTransitionSeconds(page, stage) < 0.001, "transitions end at once with the preference");
            // PrimeFaces' overlays wait for the end of a transition: the menu still opens, picks at the first click
            // (no retry, unlike Pages.choose, which allows for an animation) and closes; the list follows
            for (String choice : List.of("Diagnostic", "Tous")) {
                page.click(stage);
                assertThat(page.locator(stage + "_panel")).isVisible();
                Response answer = page.waitForResponse(r -> "POST".equals(r.request().method()),
                        () -> page.click(stage + "_items li[data-label='" + choice + "']"));
                assertEquals(200, answer.status());
                assertThat(page.locator(stage + "_label")).hasText(choice);
                assertThat(page.locator(stage + "_panel")).isHidden();
                Pages.ajaxDone(page);
            }
        }
    }

    private static double longestTransitionSeconds(Page page, String selector) {
        String durations = (String) page.locator(selector).evaluate("e => getComputedStyle(e).transitionDuration");
        double longest = 0;
        for (String duration : durations.split(",")) {
            longest = Math.max(longest, Double.parseDouble(duration.strip().replace("s", "")));
        }
        return longest;
    }

    private Pages pages() {
        return new Pages(application);
    }

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse(null);
    }

    private String[] account(Role role) {
        return new Accounts(browser, pages()).of(role);
    }

    private String createAccount(String username, Role role) {
        return new Accounts(browser, pages()).create(username, role)[1];
    }
}
