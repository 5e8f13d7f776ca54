package fr.revitems.support;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Diagnostic and tailored support as an officer does them in a real browser, checked against what the
 * database holds: a diagnostic's planned recruitments, its PDF, actions whose follow-ups land in
 * "My follow-ups" and the menu's count, introductions seen from both companies, the programme's partner
 * meetings and forums, and who may open what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportBrowserIT {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
    void aDiagnosticTurnsItsPlannedRecruitmentsIntoIdentifiedRecruitmentsAndMovesTheCompany() throws Exception {
        String name = "Diag Eaux " + Accounts.shortId();
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            long companyId = create(page, name);
            page.click("#newDiagnostic");
            page.waitForURL("**/company/diagnostic.xhtml?company=" + companyId);
            page.fill("#diagnosticForm\\:activity", "Assainissement et traitement des eaux usées");
            page.fill("#diagnosticForm\\:headcount_input", "42");
            page.fill("#diagnosticForm\\:lines\\:0\\:jobTitle", "Technicien de station d'épuration");
            Pages.choose(page, "diagnosticForm:lines:0:level", "Niveau 5 (Bac+2)");
            Pages.choose(page, "diagnosticForm:lines:0:category", "Techniciens et agents de maîtrise");
            page.fill("#diagnosticForm\\:lines\\:0\\:positions_input", "3");
            page.click("#diagnosticForm\\:addLine");
            page.fill("#diagnosticForm\\:lines\\:1\\:jobTitle", "Ingénieur procédés");

            // the second line has no level or category: refused next to the fields, nothing typed lost, nothing saved
            page.click("#diagnosticForm\\:save");
            assertThat(page.locator("#diagnosticForm\\:lines\\:1\\:level").locator("xpath=..")
                    .locator(".ui-message-error")).containsText("Niveau de qualification");
            assertThat(page.locator("#diagnosticForm\\:lines\\:0\\:jobTitle")).hasValue("Technicien de station d'épuration");
            assertThat(page.locator("#diagnosticForm\\:lines\\:1\\:jobTitle")).hasValue("Ingénieur procédés");
            assertThat(page.locator("#diagnosticForm\\:activity")).hasValue("Assainissement et traitement des eaux usées");
            assertEquals(0, count("select count(*) from diagnostic where company_id = ?", companyId));

            Pages.choose(page, "diagnosticForm:lines:1:level", "Niveau 7 (Bac+5)");
            Pages.choose(page, "diagnosticForm:lines:1:category", "Ingénieurs et cadres");
            page.click("#diagnosticForm\\:save");
            page.waitForURL("**/company/view.xhtml?id=" + companyId);
            assertThat(page.locator("#messages")).containsText("2 recrutement(s) prévu(s) identifié(s)");
            assertThat(page.locator("#companyActions\\:stage")).hasText("Diagnostic");
            assertThat(page.locator("#recruitments")).containsText("Ingénieur procédés");

            assertEquals(1, count("select count(*) from diagnostic where company_id = ? and headcount = 42", companyId));
            assertEquals(List.of("Ingénieur procédés|7|EXECUTIVE|1|DIAGNOSTIC|IDENTIFIED",
                            "Technicien de station d'épuration|5|TECHNICIAN|3|DIAGNOSTIC|IDENTIFIED"),
                    rows("select r.job_title || '|' || r.qualification_level || '|' || r.occupational_category || '|'"
                            + " || r.positions || '|' || r.source || '|' || r.status from recruitment r"
                            + " join diagnostic d on d.id = r.diagnostic_id where r.company_id = ? order by r.job_title", companyId));
            assertEquals(List.of("PROSPECTION>DIAGNOSTIC"), rows("select from_stage || '>' || to_stage from stage_change"
                    + " where company_id = ? and from_stage is not null", companyId));

            // the PDF for the company: French, with the company, the answers and the planned recruitments
            long diagnosticId = count("select max(id) from diagnostic where company_id = ?", companyId);
            APIResponse pdf = page.request().get(pages().url("/company/diagnostic.pdf?id=" + diagnosticId));
            assertEquals(200, pdf.status());
            assertEquals("application/pdf", pdf.headers().get("content-type"));
            String text = pdfText(pdf.body());
            assertTrue(text.contains("Diagnostic stratégie et emploi"), text);
            assertTrue(text.contains(name), text);
            assertTrue(text.contains("Assainissement et traitement des eaux usées"), text);
            assertTrue(text.contains("Ingénieur procédés"), text);
        }
    }

    @Test
    void aRecruitmentIsSharedThenTwoOfItsThreePositionsFilledMakeItPartlyFilled() throws SQLException {
        String name = "Recrute Eaux " + Accounts.shortId();
        long recruitmentId;
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            long companyId = create(page, name);
            page.click("#newRecruitment");
            page.waitForURL("**/recruitment/edit.xhtml?company=" + companyId);
            page.fill("#recruitmentForm\\:jobTitle", "Technicien réseaux d'eau");
            Pages.choose(page, "recruitmentForm:level", "Niveau 4 (Bac)");
            Pages.choose(page, "recruitmentForm:category", "Techniciens et agents de maîtrise");
            Pages.choose(page, "recruitmentForm:contract", "CDI");
            page.fill("#recruitmentForm\\:positions_input", "3");
            page.click("#recruitmentForm\\:save");
            page.waitForURL("**/recruitment/view.xhtml?id=*");
            recruitmentId = Long.parseLong(page.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertThat(page.locator("#recruitmentActions\\:status")).hasText("Identifié");

            page.click("#recruitmentActions\\:changeStatus");
            Pages.dialogOpened(page, "#statusDialog");
            page.locator("#statusForm\\:target label", new Page.LocatorOptions().setHasText("Partagé")).click();
            Pages.ajaxDone(page);
            page.click("#statusForm\\:confirm");
            assertThat(page.locator("#recruitmentActions\\:status")).hasText("Partagé");

            for (int hire = 1; hire <= 2; hire++) {
                page.click("#recruitmentActions\\:addFilledJob");
                Pages.dialogOpened(page, "#filledJobDialog");
                Pages.ajaxDone(page);
                Pages.choose(page, "filledJobForm:origin", "Forum emploi");
                page.click("#filledJobForm\\:saveFilledJob");
                assertThat(page.locator("#positions")).hasText(hire + " / 3");
            }
            assertThat(page.locator("#recruitmentActions\\:status")).hasText("Pourvu en partie");
            assertThat(page.locator("#history")).containsText("Partagé");

            // the list of every recruitment finds it by status and by company name
            pages().open(page, "/recruitment/list.xhtml");
            Pages.choose(page, "recruitmentsForm:status", "Pourvu en partie");
            page.locator("#recruitmentsForm\\:text").pressSequentially(name.toLowerCase());
            assertThat(page.locator("#recruitmentsForm\\:recruitments_data tr")).hasCount(1);
            assertThat(page.locator("#recruitmentsForm\\:recruitments_data")).containsText("Technicien réseaux d'eau");
            assertThat(page.locator("#recruitmentsForm\\:recruitments_data")).containsText("Pourvu en partie");
        }
        assertEquals(List.of("PARTLY_FILLED"), rows("select status from recruitment where id = ?", recruitmentId));
        assertEquals(List.of("null>IDENTIFIED", "IDENTIFIED>SHARED", "SHARED>PARTLY_FILLED"),
                rows("select coalesce(from_status, 'null') || '>' || to_status from recruitment_status_change"
                        + " where recruitment_id = ? order by id", recruitmentId));
        assertEquals(List.of("CDI|4|TECHNICIAN|FORUM|false", "CDI|4|TECHNICIAN|FORUM|false"),
                rows("select contract_type || '|' || qualification_level || '|' || occupational_category || '|' || origin"
                        + " || '|' || consolidated from filled_job where recruitment_id = ?", recruitmentId));
    }

    @Test
    void aFollowUpLoggedWithAnActionIsInMyFollowUpsOverdueFirstAndTheMenuCountsIt() throws SQLException {
        String[] officer = new Accounts(browser, pages()).create("suivi-" + Accounts.shortId(), Role.OFFICER);
        String name = "Relance Sols " + Accounts.shortId();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().login(page, officer[0], officer[1]);
            long companyId = create(page, name);
            addContact(page, "Durand");
            assertThat(page.locator("#menuForm .menu-count")).hasCount(0);

            page.click("#actionsForm\\:logAction");
            Pages.dialogOpened(page, "#actionDialog");
            Pages.ajaxDone(page);
            Pages.choose(page, "actionForm:kind", "Accompagnement / atelier");
            typeDate(page, "actionForm:happenedOn", LocalDate.now().minusDays(10));
            page.fill("#actionForm\\:duration_input", "90");
            page.locator("#actionForm\\:participants label", new Page.LocatorOptions().setHasText("Durand")).click();
            page.fill("#actionForm\\:outcome", "Atelier compétences : trois besoins de formation relevés.");
            typeDate(page, "actionForm:followUpOn", LocalDate.now().minusDays(2));
            page.fill("#actionForm\\:followUpTitle", "Envoyer le programme de formation");
            page.click("#actionForm\\:saveAction");

            assertThat(page.locator("#actionsForm\\:actions")).containsText("Accompagnement / atelier");
            assertThat(page.locator("#actionsForm\\:actions")).containsText("Durand");
            assertThat(page.locator("#planForm\\:tasks")).containsText("Envoyer le programme de formation");
            assertThat(page.locator("#menuForm .menu-count")).hasText("1");

            pages().open(page, "/company/follow-ups.xhtml");
            assertThat(page.locator("#followUpsForm\\:overdue")).containsText("Envoyer le programme de formation");
            assertThat(page.locator("#followUpsForm\\:overdue")).containsText(name);
            assertThat(page.locator("#followUpsForm\\:thisWeek")).containsText("Rien d'autre cette semaine.");

            page.click("#followUpsForm\\:overdue\\:0\\:done");
            assertThat(page.locator("#followUpsForm\\:overdue")).containsText("Rien en retard.");
            assertThat(page.locator("#menuForm .menu-count")).hasCount(0);
        }
        assertEquals(List.of("SUPPORT_WORKSHOP|90|1"), rows("select a.kind || '|' || a.duration_minutes || '|'"
                + " || (select count(*) from action_participant p where p.action_id = a.id) from action a"
                + " join company c on c.id = a.company_id where c.name = ?", name));
        assertEquals(List.of("Envoyer le programme de formation|DONE|" + officer[0]),
                rows("select t.title || '|' || t.status || '|' || u.username from support_task t join app_user u on u.id = t.owner_id"
                        + " join company c on c.id = t.company_id where c.name = ? and t.action_id is not null", name));
    }

    @Test
    void anIntroductionBetweenTwoCompaniesShowsOnBothPages() throws SQLException {
        String suffix = Accounts.shortId();
        String first = "Zephyr Eaux " + suffix;
        String second = "Zephyr Compost " + suffix;
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            long secondId = create(page, second);
            long firstId = create(page, first);
            page.click("#introductionsForm\\:addIntroduction");
            Pages.dialogOpened(page, "#introductionDialog");
            Pages.ajaxDone(page);
            pick(page, "introductionForm:targetCompany", "zephyr compost " + suffix, second);
            page.fill("#introductionForm\\:purpose", "Valoriser les boues en compost");
            page.click("#introductionForm\\:saveIntroduction");
            assertThat(page.locator("#introductionsForm\\:introductions")).containsText(second);

            pages().open(page, "/company/view.xhtml?id=" + secondId);
            assertThat(page.locator("#introductionsForm\\:introductions")).containsText(first);
            assertThat(page.locator("#introductionsForm\\:introductions")).containsText("Valoriser les boues en compost");
            assertEquals(1, count("select count(*) from introduction where company_id = " + firstId
                    + " and target_kind = 'COMPANY' and outcome = 'PENDING' and target_company_id = ?", secondId));
        }
    }

    @Test
    void anAdministratorMergesADuplicateAndEverythingAttachedMovesOver() throws SQLException {
        String suffix = Accounts.shortId();
        String keptName = "Fusion Gardee " + suffix;
        String duplicateName = "Fusion Doublon " + suffix;
        String siret = Sirets.random();
        long keptId;
        long duplicateId;
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            keptId = create(page, keptName);
            duplicateId = create(page, duplicateName);
        }
        // what was recorded against the duplicate, written as the application would
        execute("update company set siret = '" + siret + "', siren = '" + siret.substring(0, 9) + "', naf_code = '3700Z'"
                + " where id = " + duplicateId);
        execute("insert into contact (company_id, last_name, email) values (" + duplicateId + ", 'Moreau', 'moreau." + suffix + "@example.org')");
        execute("insert into action (company_id, happened_on, kind, created_by) values (" + duplicateId + ", current_date, 'PROJECT_FOLLOW_UP', 'test')");
        execute("insert into recruitment (company_id, job_title, positions, source, identified_on, updated_by)"
                + " values (" + duplicateId + ", 'Agent d''exploitation', 2, 'SPONTANEOUS', current_date, 'test')");
        execute("insert into filled_job (company_id, recruitment_id, filled_on, contract_type, qualification_level,"
                + " occupational_category, origin, created_by) select company_id, id, current_date, 'CDI', 4, 'WORKER', 'DIRECT', 'test'"
                + " from recruitment where company_id = " + duplicateId);
        execute("insert into introduction (company_id, made_on, target_kind, target_company_id, purpose, created_by)"
                + " values (" + keptId + ", current_date, 'COMPANY', " + duplicateId + ", 'Se connaître', 'test')");

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages().login(page, "admin", Accounts.ADMIN_PASSWORD);
            pages().open(page, "/admin/merge.xhtml");
            pick(page, "mergeForm:kept", "fusion gardee " + suffix, keptName);
            pick(page, "mergeForm:duplicate", "fusion doublon " + suffix, duplicateName);
            page.click("#mergeForm\\:compare");
            assertThat(page.locator("#duplicateName")).hasText(duplicateName);
            assertThat(page.locator("#mergeForm\\:comparison tr", new Page.LocatorOptions().setHasText("Contacts"))).hasText("Contacts01");
            page.click("#mergeForm\\:merge");
            page.click("#mergeForm\\:confirmYes");
            page.waitForURL("**/company/view.xhtml?id=" + keptId);
            assertThat(page.locator("#messages")).containsText("est fusionnée dans");
            assertThat(page.locator("#contactsForm\\:contacts")).containsText("Moreau");
            assertThat(page.locator("#siret")).hasText(siret);
        }
        assertEquals(0, count("select count(*) from company where id = ?", duplicateId));
        for (String table : List.of("contact", "action", "recruitment", "filled_job")) {
            assertEquals(1, count("select count(*) from " + table + " where company_id = ?", keptId), table);
        }
        assertEquals(0, count("select count(*) from introduction where company_id = ?", keptId), "no introduction to itself");
        assertEquals(List.of(siret + "|3700Z"), rows("select siret || '|' || naf_code from company where id = ?", keptId));
        assertEquals(List.of(duplicateName + "|admin"), rows("select merged_name || '|' || merged_by from company_merge"
                + " where kept_company_id = ?", keptId));
        // the introduction between the two was dropped, not counted as moved
        assertEquals(List.of("1 contacts, 0 diagnostics, 1 recruitments, 1 filledJobs, 1 actions, 0 introductions, 0 tasks, 1 history"),
                rows("select moved from company_merge where kept_company_id = ?", keptId));
    }

    @Test
    void aPartnerMeetingWithoutItsPartnerIsRefusedKeepingWhatWasTypedThenSavedCorrectedAndDeleted() throws SQLException {
        String partner = "Mission locale Plaine " + Accounts.shortId();
        String subject = "Parrainage de jeunes vers les métiers de l'eau " + Accounts.shortId();
        LocalDate heldOn = LocalDate.now().minusDays(3);
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            pages().open(page, "/programme/meetings.xhtml");
            assertThat(page.locator("[id='menuForm:menuProgramme']")).hasCount(1);
            page.click("#meetingsForm\\:add");
            Pages.dialogOpened(page, "#meetingDialog");
            Pages.ajaxDone(page);
            typeDate(page, "meetingForm:heldOn", heldOn);
            Pages.choose(page, "meetingForm:partnerKind", "Mission locale ou structure jeunesse");
            page.fill("#meetingForm\\:subject", subject);

            // no partner: refused next to the field, everything typed still there, nothing saved
            page.click("#meetingForm\\:save");
            assertThat(page.locator("#meetingForm\\:partnerName").locator("xpath=..").locator(".ui-message-error"))
                    .containsText("Partenaire : ce champ est obligatoire.");
            assertThat(page.locator("#meetingDialog")).isVisible();
            assertThat(page.locator("#meetingForm\\:subject")).hasValue(subject);
            assertThat(page.locator("#meetingForm\\:heldOn_input")).hasValue(heldOn.format(FRENCH_DATE));
            assertThat(page.locator("#meetingForm\\:partnerKind_label")).hasText("Mission locale ou structure jeunesse");
            assertEquals(0, count("select count(*) from partner_meeting where subject = ?", subject));
            Pages.ajaxDone(page);

            page.fill("#meetingForm\\:partnerName", partner);
            page.click("#meetingForm\\:save");
            Pages.closed(page, "#meetingDialog");
            assertThat(page.locator("#messages")).containsText("Réunion avec « " + partner + " » enregistrée.");
            assertThat(page.locator("#meetingsForm\\:meetings_data")).containsText(partner);
            // the officer is, by default, the person recording it; EclipseLink numbers versions from 1
            assertEquals(List.of(heldOn + "|YOUTH_AGENCY|" + partner + "|" + subject + "|null|null|true|1"),
                    rows("select m.held_on || '|' || m.partner_kind || '|' || m.partner_name || '|' || m.subject || '|'"
                            + " || coalesce(m.department_code, 'null') || '|' || coalesce(m.round_id::text, 'null') || '|'"
                            + " || coalesce((u.username = m.created_by)::text, 'no officer') || '|' || m.version"
                            + " from partner_meeting m left join app_user u on u.id = m.officer_id where m.partner_name = ?", partner));

            // corrected: the dialog opens with what was saved
            Locator row = page.locator("#meetingsForm\\:meetings_data tr", new Page.LocatorOptions().setHasText(partner));
            row.locator("[id$=':edit']").click();
            Pages.dialogOpened(page, "#meetingDialog");
            Pages.ajaxDone(page);
            assertThat(page.locator("#meetingForm\\:partnerName")).hasValue(partner);
            page.fill("#meetingForm\\:subject", subject + " (suite)");
            Pages.choose(page, "meetingForm:round", "Val-de-Marne 2026–2028");
            Pages.choose(page, "meetingForm:department", "94 – Val-de-Marne");
            page.click("#meetingForm\\:save");
            Pages.closed(page, "#meetingDialog");
            assertThat(page.locator("#meetingsForm\\:meetings_data")).containsText(subject + " (suite)");
            assertEquals(List.of(subject + " (suite)|94|VDM-2026-2028|2"), rows("select m.subject || '|' || m.department_code"
                    + " || '|' || r.code || '|' || m.version from partner_meeting m join programme_round r on r.id = m.round_id"
                    + " where m.partner_name = ?", partner));

            // the list's filters find it by round
            Pages.choose(page, "meetingsForm:round", "Val-de-Marne 2026–2028");
            assertThat(page.locator("#meetingsForm\\:meetings_data")).containsText(partner);

            // recorded by mistake: deleted once confirmed
            row.locator("[id$=':delete']").click();
            page.click("#meetingsForm\\:confirmYes");
            assertThat(page.locator("#messages")).containsText("Réunion avec « " + partner + " » supprimée.");
            assertThat(page.locator("#meetingsForm\\:meetings_data")).not().containsText(partner);
        }
        assertEquals(0, count("select count(*) from partner_meeting where partner_name = ?", partner));
    }

    @Test
    void aForumHeldIsRecordedAndListed() throws SQLException {
        String name = "Forum emploi de la filière eau " + Accounts.shortId();
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            pages().open(page, "/programme/forums.xhtml");
            page.click("#forumsForm\\:add");
            Pages.dialogOpened(page, "#forumDialog");
            Pages.ajaxDone(page);
            page.fill("#forumForm\\:name", name);
            typeDate(page, "forumForm:heldOn", LocalDate.of(2025, 4, 24));
            page.fill("#forumForm\\:venue", "Espace emploi du salon");
            page.fill("#forumForm\\:commune", "Créteil");
            Pages.choose(page, "forumForm:department", "94 – Val-de-Marne");
            page.click("#forumForm\\:save");
            Pages.closed(page, "#forumDialog");
            assertThat(page.locator("#forumsForm\\:forums_data")).containsText(name);
            assertThat(page.locator("#forumsForm\\:forums_data")).containsText("24/04/2025");
        }
        assertEquals(List.of("2025-04-24|Espace emploi du salon|Créteil|94|null|1"), rows("select held_on || '|' || venue || '|'"
                + " || commune || '|' || department_code || '|' || coalesce(round_id::text, 'null') || '|' || version"
                + " from job_forum where name = ?", name));
    }

    @Test
    void onlyAdministratorsMergeCompanies() {
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            assertEquals(403, pages().open(page, "/admin/merge.xhtml").status());
        }
    }

    @Test
    void partnersAndTheDeskCannotOpenOfficerPagesNorSeeTheirMenus() {
        for (Role role : List.of(Role.PARTNER, Role.DESK)) {
            String[] account = new Accounts(browser, pages()).of(role);
            try (BrowserContext context = browser.newContext()) {
                Page page = context.newPage();
                pages().login(page, account[0], account[1]);
                for (String path : List.of("/company/follow-ups.xhtml", "/company/diagnostic.xhtml?company=1",
                        "/company/diagnostic.pdf?id=1", "/recruitment/edit.xhtml?company=1", "/recruitment/view.xhtml?id=1",
                        "/recruitment/list.xhtml", "/programme/meetings.xhtml", "/programme/forums.xhtml")) {
                    assertEquals(403, pages().open(page, path).status(), role + " " + path);
                }
                assertThat(page.locator("#menuForm\\:menuFollowUps")).hasCount(0);
                assertThat(page.locator("[id='menuForm:menuProgramme']")).hasCount(0);
            }
        }
    }

    @Test
    void anUnknownDiagnosticIsPageNotFound() {
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            assertEquals(404, pages().open(page, "/company/diagnostic.xhtml?id=987654321").status());
            assertEquals(404, page.request().get(pages().url("/company/diagnostic.pdf?id=987654321")).status());
            assertEquals(404, page.request().get(pages().url("/company/diagnostic.pdf?id=abc")).status());
        }
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

    /** Creates a company from the form and returns its id, read from the page it lands on. */
    private long create(Page page, String name) {
        pages().open(page, "/company/edit.xhtml");
        page.fill("#companyForm\\:name", name);
        Pages.choose(page, "companyForm:kind", "PME");
        page.fill("#companyForm\\:commune", "Créteil");
        page.click("#companyForm\\:save");
        page.waitForURL("**/company/view.xhtml?id=*");
        assertThat(page.locator("h1")).hasText(name);
        return Long.parseLong(page.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private static void addContact(Page page, String lastName) {
        page.click("#contactsForm\\:addContact");
        Pages.dialogOpened(page, "#contactDialog");
        Pages.ajaxDone(page);
        page.fill("#contactForm\\:lastName", lastName);
        page.click("#contactForm\\:saveContact");
        assertThat(page.locator("#contactsForm\\:contacts")).containsText(lastName);
    }

    /** Types the start of a name into a company picker and chooses the suggestion. */
    private static void pick(Page page, String picker, String typed, String name) {
        String id = picker.replace(":", "\\:");
        page.locator("#" + id + "_input").pressSequentially(typed);
        page.locator("#" + id + "_panel li", new Page.LocatorOptions().setHasText(name)).click();
        // the picker shows the name and the commune (every company here is created in Créteil)
        assertThat(page.locator("#" + id + "_input")).hasValue(name + " (Créteil)");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    /** Types a date into a PrimeFaces date picker (its calendar opens from its button only, so typing is never covered). */
    private static void typeDate(Page page, String picker, LocalDate date) {
        String input = "#" + picker.replace(":", "\\:") + "_input";
        page.fill(input, date.format(FRENCH_DATE));
        assertThat(page.locator(input)).hasValue(date.format(FRENCH_DATE));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            ResultSet row = query.executeQuery();
            row.next();
            return row.getLong(1);
        }
    }

    private static List<String> rows(String sql, Object parameter) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            ResultSet result = query.executeQuery();
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
