package fr.revitems.report;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.revitems.security.Role;
import fr.revitems.testing.Deployments;
import fr.revitems.testing.TestDatabase;
import fr.revitems.testing.browser.Accounts;
import fr.revitems.testing.browser.Browser;
import fr.revitems.testing.browser.Pages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The programme dashboard against the database: every figure as the page shows it equals an independent
 * SQL count over the raw tables (not the activity projection the application reads) and the number worked
 * out by hand, on a fixture of its own round with the edge cases of the definitions; the projection stays
 * equal to the raw tables after inserts, updates and deletes; a filled job recorded in the browser moves
 * its figure; a figure opens the records behind it; only officers and administrators get in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportBrowserIT {

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

    /**
     * Round R (2024), four companies:
     * C1 (94): entered 15/12/2023, contacted twice in 2024, diagnosed 20/03/2024, SUPPORT 01/04–30/09/2024, then SKILLS;
     *          3 positions identified 10/04/2024; 2 filled 01/06/2024, 1 filled 01/02/2025; an introduction 05/05/2024.
     * C2 (91): entered 01/06/2024; 2 positions identified 01/07/2024 cancelled 15/01/2025 (after: they count);
     *          4 positions identified 01/08/2024 cancelled 01/09/2024 (within: they do not); a consolidated job 15/11/2024.
     * C3 (94): not in the round, active in 2024: never counted.
     * C4 (94): entered 10/01/2023, diagnosed 01/04/2023, in SUPPORT since 01/05/2023 and still there.
     * Partner meetings: in R and 94 on 01/03/2024, in R and 91 on 01/03/2025, in no round on 01/03/2024. A forum in R, 91, 24/04/2024.
     */
    @Test
    void everyFigureEqualsAnIndependentCountAndTheHandCountOnTheEdgeCases() throws SQLException {
        String id = Accounts.shortId();
        long round = round("FIG-" + id, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        long c1 = company("Figures C1 " + id, "94", LocalDate.of(2023, 12, 15), round);
        long c2 = company("Figures C2 " + id, "91", LocalDate.of(2024, 6, 1), round);
        long c3 = company("Figures C3 " + id, "94", LocalDate.of(2024, 2, 1), null);
        long c4 = company("Figures C4 " + id, "94", LocalDate.of(2023, 1, 10), round);
        action(c1, LocalDate.of(2024, 2, 10));
        action(c1, LocalDate.of(2024, 3, 5));
        action(c3, LocalDate.of(2024, 5, 1));
        diagnostic(c1, LocalDate.of(2024, 3, 20));
        diagnostic(c4, LocalDate.of(2023, 4, 1));
        diagnostic(c3, LocalDate.of(2024, 5, 2));
        stage(c1, "PROSPECTION", "SUPPORT", LocalDate.of(2024, 4, 1));
        stage(c1, "SUPPORT", "SKILLS", LocalDate.of(2024, 9, 30));
        stage(c4, "PROSPECTION", "SUPPORT", LocalDate.of(2023, 5, 1));
        stage(c3, "PROSPECTION", "SUPPORT", LocalDate.of(2024, 5, 3));
        long r1 = recruitment(c1, LocalDate.of(2024, 4, 10), 3, 5, "TECHNICIAN", "CDI", null);
        recruitment(c2, LocalDate.of(2024, 7, 1), 2, 7, "EXECUTIVE", "CDI", LocalDate.of(2025, 1, 15));
        recruitment(c2, LocalDate.of(2024, 8, 1), 4, 4, "WORKER", "CDD", LocalDate.of(2024, 9, 1));
        recruitment(c3, LocalDate.of(2024, 8, 1), 5, 5, "TECHNICIAN", "CDI", null);
        filledJob(c1, r1, LocalDate.of(2024, 6, 1), false);
        filledJob(c1, r1, LocalDate.of(2024, 6, 1), false);
        filledJob(c1, r1, LocalDate.of(2025, 2, 1), false);
        filledJob(c2, null, LocalDate.of(2024, 11, 15), true);
        filledJob(c3, null, LocalDate.of(2024, 11, 15), true);
        introduction(c1, LocalDate.of(2024, 5, 5));
        introduction(c3, LocalDate.of(2024, 5, 5));
        meeting(round, "94", LocalDate.of(2024, 3, 1));
        meeting(round, "91", LocalDate.of(2025, 3, 1));
        meeting(null, "94", LocalDate.of(2024, 3, 1));
        forum(round, "91", LocalDate.of(2024, 4, 24));

        // month by month (contacted, diagnosed, supported, positions, jobs): C1 contacted twice in March counts once;
        // a period that starts mid-March keeps only what happened from the 15th (C1's diagnostic, not its action)
        assertMonths(new ReportFilter(round, List.of(), null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                "2024-01 0 0 1 0 0", "2024-02 1 0 1 0 0", "2024-03 1 1 1 0 0", "2024-04 0 0 2 3 0", "2024-05 0 0 2 0 0",
                "2024-06 1 0 2 0 2", "2024-07 0 0 2 2 0", "2024-08 0 0 2 0 0", "2024-09 0 0 2 0 0", "2024-10 0 0 1 0 0",
                "2024-11 0 0 1 0 1", "2024-12 0 0 1 0 0");
        assertMonths(new ReportFilter(round, List.of(), null, LocalDate.of(2024, 3, 15), LocalDate.of(2024, 6, 30)),
                "2024-03 1 1 1 0 0", "2024-04 0 0 2 3 0", "2024-05 0 0 2 0 0", "2024-06 1 0 2 0 2");

        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            // the round's whole life is the default period
            check(page, "round=" + round, new ReportFilter(round, List.of(), null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                    2, 1, 2, 5, 3, 1, 1, 1);
            check(page, "round=" + round + "&dept=94&from=2024-01-01&to=2024-12-31",
                    new ReportFilter(round, List.of("94"), null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                    1, 1, 2, 3, 2, 1, 0, 1);
            check(page, "round=" + round + "&dept=91&from=2024-01-01&to=2024-12-31",
                    new ReportFilter(round, List.of("91"), null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                    1, 0, 0, 2, 1, 0, 1, 0);
            // the cancelled 4 positions count in a period that ends before their cancellation
            check(page, "round=" + round + "&from=2024-01-01&to=2024-08-15",
                    new ReportFilter(round, List.of(), null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 15)),
                    2, 1, 2, 9, 2, 1, 1, 1);
            check(page, "round=" + round + "&from=2024-10-01&to=2025-06-30",
                    new ReportFilter(round, List.of(), null, LocalDate.of(2024, 10, 1), LocalDate.of(2025, 6, 30)),
                    0, 0, 1, 0, 2, 1, 0, 0);
            // the round's own funder selects it; a funder of no round selects nothing
            String funder = "Financeur " + id;
            check(page, "round=" + round + "&funder=" + funder.replace(" ", "+"),
                    new ReportFilter(round, List.of(), funder, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                    2, 1, 2, 5, 3, 1, 1, 1);
        }
    }

    /**
     * The activity projection and the rollups (V014) the dashboard reads, against the raw tables after each kind
     * of change: every figure, every month and every breakdown cell, for whole years, periods that cut months,
     * a period running past today, a department and a funder; before and after the rollups are compacted.
     */
    @Test
    void theProjectionAndTheRollupsStayEqualToTheRawTablesAfterInsertsUpdatesAndDeletes() throws SQLException {
        String id = Accounts.shortId();
        long round = round("ROLL-" + id, LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31));
        long other = round("ROLX-" + id, LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31));
        long a = company("Rollup A " + id, "94", LocalDate.of(2022, 3, 1), round);
        long b = company("Rollup B " + id, "91", LocalDate.of(2022, 4, 1), round);
        long c = company("Rollup C " + id, "94", LocalDate.of(2023, 2, 14), round);
        String funder = "Financeur " + id;
        LocalDate today = LocalDate.now();
        List<ReportFilter> periods = List.of(
                new ReportFilter(round, List.of(), null, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)),
                new ReportFilter(round, List.of(), null, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
                new ReportFilter(round, List.of(), null, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)),
                new ReportFilter(round, List.of(), null, LocalDate.of(2023, 3, 15), LocalDate.of(2024, 8, 20)),
                new ReportFilter(round, List.of(), null, LocalDate.of(2024, 6, 10), LocalDate.of(2024, 6, 25)),
                new ReportFilter(round, List.of(), null, LocalDate.of(2025, 10, 15), LocalDate.of(2026, 12, 31)),
                new ReportFilter(round, List.of("94"), funder, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)),
                new ReportFilter(round, List.of("91"), null, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)),
                new ReportFilter(round, List.of(), null, today.minusMonths(4).withDayOfMonth(1), today.plusMonths(2)));
        assertRollupsEqualRaw(periods);

        long action = action(a, LocalDate.of(2023, 6, 1));
        diagnostic(b, LocalDate.of(2023, 7, 1));
        stage(a, "PROSPECTION", "SUPPORT", LocalDate.of(2023, 8, 1));
        stage(c, "PROSPECTION", "SUPPORT", LocalDate.of(2024, 6, 12));
        // the month today cuts: a day entered ahead, later this month, is not counted before it comes (the month's
        // figure comes from the rollup, less such companies; on the month's last day, tomorrow is next month)
        long d = company("Rollup D " + id, "94", today.minusMonths(3), round);
        action(d, today.plusDays(1));
        diagnostic(d, today.plusDays(1));
        stage(d, "PROSPECTION", "SUPPORT", today.plusDays(1));
        assertRollupsEqualRaw(periods);
        assertEquals(3, raw(Figure.COMPANIES_CONTACTED, periods.get(1)));

        execute("update action set happened_on = date '2024-06-15' where id = " + action);
        execute("update stage_change set changed_at = timestamp '2024-06-20 10:00' where company_id = " + a + " and to_stage = 'SUPPORT'");
        assertRollupsEqualRaw(periods);
        assertEquals(2, raw(Figure.COMPANIES_SUPPORTED, periods.get(2)));

        // recruitments, filled jobs and introductions: inserted, changed in what counts (or not), cancelled, moved, deleted
        long r1 = recruitment(a, LocalDate.of(2023, 3, 20), 3, 5, "TECHNICIAN", "CDI", null);
        long r2 = recruitment(b, LocalDate.of(2024, 6, 15), 2, 7, "EXECUTIVE", "CDD", null);
        long r3 = recruitment(c, LocalDate.of(2024, 8, 1), 4, 4, "WORKER", "CDD", LocalDate.of(2024, 8, 10));
        filledJob(a, r1, LocalDate.of(2023, 5, 2), false);
        filledJob(b, null, LocalDate.of(2024, 6, 11), true);
        introduction(a, LocalDate.of(2023, 3, 31));
        introduction(c, LocalDate.of(2025, 11, 3));
        assertRollupsEqualRaw(periods);
        assertEquals(5, raw(Figure.POSITIONS_IDENTIFIED, periods.get(0)), "3 + 2, the 4 cancelled before the period's end left out");

        execute("update recruitment set positions = 5, qualification_level = 6 where id = " + r1);
        execute("update recruitment set status = 'CANCELLED', cancelled_on = date '2024-07-01' where id = " + r2);
        execute("update recruitment set job_title = 'Intitulé changé' where id = " + r3);
        execute("update filled_job set filled_on = date '2024-06-24', consolidated = true where recruitment_id = " + r1);
        execute("update introduction set made_on = date '2024-06-10' where company_id = " + a);
        assertRollupsEqualRaw(periods);

        // a merge moves records to another company; then some are deleted
        execute("update recruitment set company_id = " + a + " where id = " + r3);
        execute("update introduction set company_id = " + b + " where company_id = " + c);
        assertRollupsEqualRaw(periods);
        execute("delete from filled_job where company_id = " + b);
        execute("delete from recruitment where id = " + r2);
        assertRollupsEqualRaw(periods);

        // companies change department and rounds: their activity and records follow them
        execute("update company set department_code = '91' where id = " + a);
        assertRollupsEqualRaw(periods);
        execute("insert into company_round (company_id, round_id) values (" + c + ", " + other + ")");
        execute("delete from company_round where company_id = " + b + " and round_id = " + round);
        assertRollupsEqualRaw(periods);
        execute("insert into company_round (company_id, round_id) values (" + b + ", " + round + ")");
        assertRollupsEqualRaw(periods);

        compactRollups();
        assertRollupsEqualRaw(periods);

        // the action moved to another company, then deleted; a diagnostic deleted; a company deleted with its records
        execute("update action set company_id = " + b + " where id = " + action);
        assertRollupsEqualRaw(periods);
        execute("delete from action where id = " + action);
        execute("delete from diagnostic where company_id = " + b);
        execute("delete from company where id = " + c);
        assertRollupsEqualRaw(periods);
        assertEquals(0, raw(Figure.DIAGNOSTICS, periods.get(0)));
        assertEquals(List.of(), mismatchedCompanies());
        compactRollups();
        assertRollupsEqualRaw(periods);
    }

    @Test
    void aFilledJobRecordedInTheBrowserMovesItsFigureAndEachFigureOpensItsRecords() throws SQLException, IOException {
        String id = Accounts.shortId();
        LocalDate today = LocalDate.now();
        long round = round("LIVE-" + id, today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1));
        long supported = company("Suivie " + id, "94", today.withDayOfYear(1), round);
        stage(supported, "PROSPECTION", "SUPPORT", today.withDayOfYear(1));
        long other = company("Autre " + id, "91", today.withDayOfYear(1), round);
        long recruitment = recruitment(supported, today.withDayOfYear(1), 2, 5, "TECHNICIAN", "CDI", null);
        recruitment(other, today.withDayOfYear(1), 1, 7, "EXECUTIVE", "CDI", null);
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            pages().open(page, "/reporting/dashboard.xhtml?round=" + round);
            assertThat(page.locator("[data-figure=JOBS_FILLED]")).hasText("0");
            assertThat(page.locator("[data-figure=POSITIONS_IDENTIFIED]")).hasText("3");
            assertThat(page.locator("#scope")).containsText("Dispositif LIVE-" + id);

            // the officer records a hire on the recruitment's page…
            pages().open(page, "/recruitment/view.xhtml?id=" + recruitment);
            page.click("#recruitmentActions\\:addFilledJob");
            Pages.dialogOpened(page, "#filledJobDialog");
            Pages.ajaxDone(page);
            Pages.choose(page, "filledJobForm:origin", "Forum emploi");
            page.click("#filledJobForm\\:saveFilledJob");
            assertThat(page.locator("#positions")).hasText("1 / 2");

            // …and the dashboard counts it, in its level and category too
            pages().open(page, "/reporting/dashboard.xhtml?round=" + round);
            assertThat(page.locator("[data-figure=JOBS_FILLED]")).hasText("1");
            assertThat(page.locator("[data-cell=jobs-5]")).hasText("1");
            assertThat(page.locator("[data-cell=positions-7]")).hasText("1");

            // a job kept thanks to the support, at a company with no opening for it: recorded from the company page
            pages().open(page, "/company/view.xhtml?id=" + other);
            page.click("#jobsForm\\:newConsolidated");
            Pages.dialogOpened(page, "#consolidatedDialog");
            Pages.ajaxDone(page);
            Pages.choose(page, "consolidatedForm:contract", "CDI");
            page.click("#consolidatedForm\\:saveConsolidated");
            // the origin is missing: said next to it, the contract chosen is kept, nothing saved
            assertThat(page.locator("#consolidatedForm\\:origin").locator("xpath=..").locator(".ui-message-error")).isVisible();
            assertThat(page.locator("#consolidatedForm\\:contract_label")).hasText("CDI");
            assertEquals(0, count("select count(*) from filled_job where company_id = " + other));
            Pages.choose(page, "consolidatedForm:origin", "Candidature directe");
            Pages.choose(page, "consolidatedForm:level", "Niveau 4 (Bac)");
            Pages.choose(page, "consolidatedForm:category", "Ouvriers");
            page.click("#consolidatedForm\\:saveConsolidated");
            assertThat(page.locator("#jobsForm\\:jobs")).containsText("Sans offre");
            assertEquals(1, count("select count(*) from filled_job where company_id = " + other
                    + " and recruitment_id is null and consolidated and origin = 'DIRECT' and qualification_level = 4"));
            pages().open(page, "/reporting/dashboard.xhtml?round=" + round);
            assertThat(page.locator("[data-figure=JOBS_FILLED]")).hasText("2");
            assertThat(page.locator("#dashboard")).containsText("dont 1 emploi consolidé");

            // the XLSX of the same report: numbers as numbers, one sheet per table, the records behind each figure
            APIResponse xlsx = page.request().get(pages().url("/reporting/dashboard.xlsx?round=" + round));
            assertEquals(200, xlsx.status());
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet summary = workbook.getSheetAt(0);
                assertEquals(2.0, numberNextTo(summary, "Emplois pourvus ou consolidés"));
                assertEquals(3.0, numberNextTo(summary, "Recrutements prévus identifiés"));
                assertEquals(1.0, numberNextTo(summary, "Entreprises accompagnées"));
                Sheet jobs = workbook.getSheet("Emplois pourvus ou consolidés");
                assertEquals(2, jobs.getLastRowNum(), "a header and two jobs");
                assertEquals(CellType.NUMERIC, jobs.getRow(1).getCell(0).getCellType(), "the date is a date, not text");
            }
            String csv = page.request().get(pages().url("/reporting/records.csv?round=" + round + "&figure=COMPANIES_SUPPORTED")).text();
            assertTrue(csv.contains("Suivie " + id), csv);
            assertTrue(!csv.contains("Autre " + id), csv);

            // "which ones?": the figure opens the companies behind it, with the same filter
            page.click("[data-figure=COMPANIES_SUPPORTED]");
            page.waitForURL("**/reporting/records.xhtml?*figure=COMPANIES_SUPPORTED*");
            assertThat(page.locator("h1")).hasText("Entreprises accompagnées");
            assertThat(page.locator("#recordsForm\\:records_data tr")).hasCount(1);
            assertThat(page.locator("#recordsForm\\:records_data")).containsText("Suivie " + id);
            assertThat(page.locator("#definition")).containsText("Accompagnement");
            page.locator("#recordsForm\\:records_data a", new Page.LocatorOptions().setHasText("Suivie " + id)).click();
            page.waitForURL("**/company/view.xhtml?id=" + supported);

            // one cell of a breakdown opens the recruitments it counts
            pages().open(page, "/reporting/dashboard.xhtml?round=" + round);
            page.click("[data-cell=positions-7]");
            page.waitForURL("**/reporting/records.xhtml?*dim=QUALIFICATION_LEVEL*");
            assertThat(page.locator("#recordsForm\\:records_data tr")).hasCount(1);
            assertThat(page.locator("#recordsForm\\:records_data")).containsText("Autre " + id);
            assertThat(page.locator("h1")).containsText("Niveau 7 (Bac+5)");

            // a consolidated job recorded by mistake is removed from the company page, after a confirmation
            pages().open(page, "/company/view.xhtml?id=" + other);
            page.click("#jobsForm\\:jobs\\:0\\:removeJob");
            page.click("#jobsForm\\:confirmYes");
            assertThat(page.locator("#jobsForm\\:jobs")).containsText("Aucun emploi pourvu ou consolidé");
            assertEquals(0, count("select count(*) from filled_job where company_id = " + other));
        }
    }

    @Test
    void eachFilterChangesTheFiguresInPlaceAndTheDepartmentsMenuStaysOpenForSeveralTicks() throws SQLException {
        String id = Accounts.shortId();
        long round = round("FILT-" + id, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        long other = round("AUTRE-" + id, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 6, 30));
        company("Val " + id, "94", LocalDate.of(2024, 3, 1), round);
        company("Essonne " + id, "91", LocalDate.of(2024, 3, 1), round);
        company("Paris " + id, "75", LocalDate.of(2024, 3, 1), round);
        company("Hors " + id, "94", LocalDate.of(2024, 3, 1), other);
        // the menu is opened by its arrow: its middle may hold a ticked department's chip, whose cross unticks it
        String departments = "#filters\\:departments";
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            pages().open(page, "/reporting/dashboard.xhtml?round=" + round);
            assertThat(page.locator("[data-figure=COMPANIES_CONTACTED]")).hasText("3");

            // two departments ticked in the menu, which stays open: each tick refreshes the figures and the links
            page.click(departments + " .ui-selectcheckboxmenu-trigger");
            page.locator(departments + "_panel").waitFor();
            page.waitForTimeout(300);
            page.click(departments + "_panel li[data-item-value='94'] .ui-chkbox-box");
            assertThat(page.locator("[data-figure=COMPANIES_CONTACTED]")).hasText("1");
            page.click(departments + "_panel li[data-item-value='91'] .ui-chkbox-box");
            assertThat(page.locator("[data-figure=COMPANIES_CONTACTED]")).hasText("2");
            assertThat(page.locator(departments + "_panel")).isVisible();
            assertThat(page.locator("#scope")).containsText("Départements : ");
            assertThat(page.locator("#filters\\:xlsx")).hasAttribute("href", java.util.regex.Pattern.compile("dept=9[14]%2C9[14]"));
            page.click("h1");
            assertThat(page.locator(departments + "_panel")).isHidden();

            // another round: its whole life becomes the period, the departments stay ticked
            Pages.choose(page, "filters:round", "Dispositif AUTRE-" + id);
            assertThat(page.locator("[data-figure=COMPANIES_CONTACTED]")).hasText("1");
            assertThat(page.locator("#filters\\:from_input")).hasValue("01/01/2023");
            assertThat(page.locator("#filters\\:to_input")).hasValue("30/06/2025");

            // all rounds of the funder (the two rounds of this test share it), still in 94 and 91
            Pages.choose(page, "filters:round", "Tous les dispositifs");
            Pages.choose(page, "filters:funder", "Financeur " + id);
            assertThat(page.locator("[data-figure=COMPANIES_CONTACTED]")).hasText("3");
            assertThat(page.locator("#scope")).containsText("Financeur : Financeur " + id);

            // after all these answers the menu opens again, and a department unticked leaves the figures
            page.click(departments + " .ui-selectcheckboxmenu-trigger");
            page.locator(departments + "_panel").waitFor();
            page.waitForTimeout(300);
            page.click(departments + "_panel li[data-item-value='91'] .ui-chkbox-box");
            assertThat(page.locator("[data-figure=COMPANIES_CONTACTED]")).hasText("2");
            page.click("h1");
            assertThat(page.locator(departments + "_panel")).isHidden();
            // the cross of a ticked department's chip unticks it: every department of the funder's rounds again
            page.click(departments + " .ui-selectcheckboxmenu-token-icon");
            assertThat(page.locator("[data-figure=COMPANIES_CONTACTED]")).hasText("4");
            assertThat(page.locator("#scope")).containsText("Tous les départements");
            Pages.choose(page, "filters:funder", "Tous les financeurs");
            assertThat(page.locator("#scope")).not().containsText("Financeur :");
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedNextToItsFieldAndTheFiguresStay() throws SQLException {
        String id = Accounts.shortId();
        long round = round("BAD-" + id, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        long company = company("Periode " + id, "94", LocalDate.of(2024, 3, 1), round);
        action(company, LocalDate.of(2024, 5, 1));
        try (BrowserContext context = browser.newContext()) {
            Page page = officer(context);
            pages().open(page, "/reporting/dashboard.xhtml?round=" + round);
            assertThat(page.locator("[data-figure=COMPANIES_CONTACTED]")).hasText("1");
            page.fill("#filters\\:to_input", "01/01/2023");
            page.locator("#filters\\:to_input").press("Tab");
            assertThat(page.locator("#filters\\:to").locator("xpath=..").locator(".ui-message-error"))
                    .containsText("La fin de la période doit suivre son début.");
            assertThat(page.locator("#filters\\:to_input")).hasValue("01/01/2023");
            assertThat(page.locator("[data-figure=COMPANIES_CONTACTED]")).hasText("1");

            // a URL that cannot be read falls back to the default, and says so
            pages().open(page, "/reporting/dashboard.xhtml?round=" + round + "&from=hier");
            assertThat(page.locator("#messages")).containsText("Une date de la période n'est pas reconnue");
        }
    }

    @Test
    void onlyOfficersAndAdministratorsSeeTheFigures() {
        for (Role role : List.of(Role.PARTNER, Role.DESK)) {
            try (BrowserContext context = browser.newContext()) {
                Page page = context.newPage();
                String[] account = new Accounts(browser, pages()).of(role);
                pages().login(page, account[0], account[1]);
                for (String path : List.of("/reporting/dashboard.xhtml", "/reporting/records.xhtml?figure=JOBS_FILLED",
                        "/reporting/dashboard.xlsx", "/reporting/dashboard.pdf", "/reporting/records.csv?figure=JOBS_FILLED")) {
                    assertEquals(403, page.request().get(pages().url(path)).status(), role + " " + path);
                }
                assertEquals(0, page.locator("#menuForm\\:menuProgramme").count());
            }
        }
    }

    /** Every figure, month and breakdown cell the dashboard computes equals its count over the raw tables. */
    private static void assertRollupsEqualRaw(List<ReportFilter> filters) throws SQLException {
        LocalDate today = LocalDate.now();
        try (Connection connection = TestDatabase.connect()) {
            ProgrammeFigures figures = new ProgrammeFigures(connection);
            for (ReportFilter filter : filters) {
                FigureValues values = figures.figures(filter);
                for (Figure figure : Figure.values()) {
                    assertEquals(raw(connection, figure, filter, filter.to()), values.get(figure), figure + " for " + filter);
                }
                List<String> months = new ArrayList<>();
                List<String> rawMonths = new ArrayList<>();
                for (MonthRow m : figures.months(filter)) {
                    months.add(m.month() + " " + m.contacted() + " " + m.diagnosed() + " " + m.supported() + " " + m.positions() + " " + m.jobsFilled());
                    LocalDate first = m.month().atDay(1).isBefore(filter.from()) ? filter.from() : m.month().atDay(1);
                    LocalDate last = m.month().atEndOfMonth().isAfter(filter.to()) ? filter.to() : m.month().atEndOfMonth();
                    ReportFilter month = new ReportFilter(filter.roundId(), filter.departments(), filter.funder(), first, last);
                    boolean past = !first.isAfter(today);
                    ReportFilter upToToday = past ? new ReportFilter(filter.roundId(), filter.departments(), filter.funder(), first,
                            last.isAfter(today) ? today : last) : null;
                    rawMonths.add(m.month() + " " + (past ? raw(connection, Figure.COMPANIES_CONTACTED, upToToday, upToToday.to()) : 0)
                            + " " + (past ? raw(connection, Figure.DIAGNOSTICS, upToToday, upToToday.to()) : 0) + " " + (past ? raw(connection, Figure.COMPANIES_SUPPORTED, upToToday, upToToday.to()) : 0)
                            + " " + raw(connection, Figure.POSITIONS_IDENTIFIED, month, filter.to()) + " " + raw(connection, Figure.JOBS_FILLED, month, month.to()));
                }
                assertEquals(rawMonths, months, "the months of " + filter);
                Map<Dimension, List<BreakdownRow>> breakdowns = figures.breakdowns(filter);
                for (Dimension dimension : Dimension.values()) {
                    Map<String, String> shown = new java.util.TreeMap<>();
                    for (BreakdownRow row : breakdowns.get(dimension)) {
                        if (row.positions() != 0 || row.jobsFilled() != 0) {
                            shown.put(String.valueOf(row.code()), row.positions() + "/" + row.jobsFilled());
                        }
                    }
                    assertEquals(rawBreakdown(connection, dimension, filter), shown, dimension + " for " + filter);
                }
            }
        }
    }

    /** A breakdown from the raw tables: code ("null" when not given) to "positions/jobs", non-zero cells only. */
    private static Map<String, String> rawBreakdown(Connection connection, Dimension dimension, ReportFilter filter) throws SQLException {
        String column = dimension.name().toLowerCase(java.util.Locale.ROOT);
        String companies = "select c.id from company c join company_round cr on cr.company_id = c.id where cr.round_id = " + filter.roundId()
                + (filter.departments().isEmpty() ? "" : " and c.department_code in ('" + String.join("','", filter.departments()) + "')")
                + (filter.funder() == null ? "" : " and cr.round_id in (select round_id from programme_round_funder where funder = '"
                        + filter.funder().replace("'", "''") + "')");
        String period = " between date '" + filter.from() + "' and date '" + filter.to() + "'";
        String sql = "select coalesce(code, 'null'), sum(p), sum(j) from ("
                + " select " + column + "::text as code, positions as p, 0 as j from recruitment where identified_on" + period
                + " and not (status = 'CANCELLED' and cancelled_on <= date '" + filter.to() + "') and company_id in (" + companies + ")"
                + " union all select " + column + "::text, 0, 1 from filled_job where filled_on" + period + " and company_id in (" + companies + ")"
                + ") x group by 1";
        Map<String, String> cells = new java.util.TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                cells.put(rs.getString(1), rs.getLong(2) + "/" + rs.getLong(3));
            }
        }
        return cells;
    }

    /** The months of a report, each as "yyyy-MM contacted diagnosed supported positions jobs", against the hand count. */
    private static void assertMonths(ReportFilter filter, String... expected) throws SQLException {
        List<String> months = new ArrayList<>();
        try (Connection connection = TestDatabase.connect()) {
            for (MonthRow m : new ProgrammeFigures(connection).months(filter)) {
                months.add(m.month() + " " + m.contacted() + " " + m.diagnosed() + " " + m.supported() + " " + m.positions() + " " + m.jobsFilled());
            }
        }
        assertEquals(List.of(expected), months, "the months of " + filter);
    }

    /** Companies whose projection row differs from a rebuild from the raw tables (none, ever). */
    private static List<String> mismatchedCompanies() throws SQLException {
        List<String> companies = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(
                "select c.id from company c left join company_activity a on a.company_id = c.id"
                        + " where a.company_id is null or a.contacted <> coalesce((select range_agg(daterange(e.day, e.day, '[]')) from ("
                        + "   select happened_on as day from action where company_id = c.id"
                        + "   union select held_on from diagnostic where company_id = c.id"
                        + "   union select changed_at::date from stage_change where company_id = c.id and from_stage is null) e), '{}')"
                        + " or a.diagnosed <> coalesce((select range_agg(daterange(held_on, held_on, '[]')) from diagnostic where company_id = c.id), '{}')");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                companies.add(rs.getString(1));
            }
        }
        return companies;
    }

    /** Opens the dashboard with the URL's filter and checks each figure against the hand count and the independent SQL. */
    private void check(Page page, String query, ReportFilter filter, long... expected) throws SQLException {
        pages().open(page, "/reporting/dashboard.xhtml?" + query);
        Figure[] figures = Figure.values();
        Map<Figure, Long> shown = new EnumMap<>(Figure.class);
        for (Figure figure : figures) {
            shown.put(figure, Long.parseLong(page.locator("[data-figure=" + figure + "]").textContent().replaceAll("\\D", "")));
        }
        Map<Figure, Long> independent = new EnumMap<>(Figure.class);
        Map<Figure, Long> byHand = new EnumMap<>(Figure.class);
        for (int i = 0; i < figures.length; i++) {
            independent.put(figures[i], raw(figures[i], filter));
            byHand.put(figures[i], expected[i]);
        }
        assertEquals(byHand, independent, "the independent SQL disagrees with the hand count for " + query);
        assertEquals(independent, shown, "the dashboard disagrees for " + query);
    }

    /**
     * Each figure by its definition, from the raw tables only (actions, diagnostics, stage changes, recruitments…),
     * never from the projection the application reads.
     */
    private static long raw(Figure figure, ReportFilter filter) throws SQLException {
        try (Connection connection = TestDatabase.connect()) {
            return raw(connection, figure, filter, filter.to());
        }
    }

    /** As {@link #raw(Figure, ReportFilter)}, positions counted unless cancelled on or before {@code cancelledBy}. */
    private static long raw(Connection connection, Figure figure, ReportFilter filter, LocalDate cancelledBy) throws SQLException {
        String companies = "select c.id from company c join company_round cr on cr.company_id = c.id where cr.round_id = ?"
                + (filter.departments().isEmpty() ? "" : " and c.department_code = any(?)")
                + (filter.funder() == null ? "" : " and cr.round_id in (select round_id from programme_round_funder where funder = ?)");
        String sql = switch (figure) {
            case COMPANIES_CONTACTED -> "select count(distinct company_id) from ("
                    + " select company_id, happened_on as day from action"
                    + " union all select company_id, held_on from diagnostic"
                    + " union all select company_id, changed_at::date from stage_change where from_stage is null) e"
                    + " where day between ?2 and ?3 and company_id in (" + companies + ")";
            case DIAGNOSTICS -> "select count(distinct company_id) from diagnostic where held_on between ?2 and ?3 and company_id in (" + companies + ")";
            case COMPANIES_SUPPORTED -> "select count(distinct company_id) from (select company_id, to_stage, changed_at::date as entered,"
                    + " lead(changed_at::date) over (partition by company_id order by changed_at, id) as left_on from stage_change) p"
                    + " where to_stage = 'SUPPORT' and entered <= ?3 and (left_on is null or left_on >= ?2) and company_id in (" + companies + ")";
            case POSITIONS_IDENTIFIED -> "select coalesce(sum(positions), 0) from recruitment where identified_on between ?2 and ?3"
                    + " and not (status = 'CANCELLED' and cancelled_on <= ?4) and company_id in (" + companies + ")";
            case JOBS_FILLED -> "select count(*) from filled_job where filled_on between ?2 and ?3 and company_id in (" + companies + ")";
            case INTRODUCTIONS -> "select count(*) from introduction where made_on between ?2 and ?3 and company_id in (" + companies + ")";
            case PARTNER_MEETINGS -> "select count(*) from partner_meeting m where held_on between ?2 and ?3 and round_id = ?"
                    + (filter.departments().isEmpty() ? "" : " and department_code = any(?)")
                    + (filter.funder() == null ? "" : " and round_id in (select round_id from programme_round_funder where funder = ?)");
            case FORUMS -> "select count(*) from job_forum where held_on between ?2 and ?3 and round_id = ?"
                    + (filter.departments().isEmpty() ? "" : " and department_code = any(?)")
                    + (filter.funder() == null ? "" : " and round_id in (select round_id from programme_round_funder where funder = ?)");
        };
        // JDBC has no numbered parameters: ?2 and ?3 are the period, ?4 the cancellation day, the rest the company filter in order
        sql = sql.replace("?2", "'" + filter.from() + "'::date").replace("?3", "'" + filter.to() + "'::date")
                .replace("?4", "'" + cancelledBy + "'::date");
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int i = 1;
            query.setLong(i++, filter.roundId());
            if (!filter.departments().isEmpty()) {
                query.setArray(i++, connection.createArrayOf("varchar", filter.departments().toArray()));
            }
            if (filter.funder() != null) {
                query.setString(i, filter.funder());
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
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

    // --- the fixture, in plain SQL ------------------------------------------------------------------------------

    private static long round(String code, LocalDate from, LocalDate to) throws SQLException {
        long id = insert("insert into programme_round (code, name, starts_on, ends_on) values (?, ?, ?, ?) returning id",
                code, "Dispositif " + code, Date.valueOf(from), Date.valueOf(to));
        insert("insert into programme_round_funder (round_id, funder) values (?, ?) returning round_id",
                id, "Financeur " + code.substring(code.indexOf('-') + 1));
        return id;
    }

    /** A company as the application creates one: its entry into the pipeline is its first stage change. */
    private static long company(String name, String department, LocalDate entered, Long round) throws SQLException {
        long id = insert("insert into company (name, normalized_name, kind, commune, department_code, stage_since, created_at, updated_by)"
                + " values (?, lower(?), 'PME', 'Créteil', ?, ?, ?, 'test') returning id", name, name, department,
                Timestamp.valueOf(entered.atTime(9, 0)), Timestamp.valueOf(entered.atTime(9, 0)));
        insert("insert into stage_change (company_id, from_stage, to_stage, changed_at, changed_by) values (?, null, 'PROSPECTION', ?, 'test') returning id",
                id, Timestamp.valueOf(entered.atTime(9, 0)));
        if (round != null) {
            insert("insert into company_round (company_id, round_id) values (?, ?) returning company_id", id, round);
        }
        return id;
    }

    private static long action(long company, LocalDate day) throws SQLException {
        return insert("insert into action (company_id, happened_on, kind, created_by) values (?, ?, 'PROSPECTION_EXCHANGE', 'test') returning id",
                company, Date.valueOf(day));
    }

    private static void diagnostic(long company, LocalDate day) throws SQLException {
        insert("insert into diagnostic (company_id, held_on, conducted_by, updated_by) values (?, ?, 'test', 'test') returning id",
                company, Date.valueOf(day));
    }

    private static void stage(long company, String from, String to, LocalDate day) throws SQLException {
        insert("insert into stage_change (company_id, from_stage, to_stage, changed_at, changed_by) values (?, ?, ?, ?, 'test') returning id",
                company, from, to, Timestamp.valueOf(day.atTime(10, 0)));
        execute("update company set stage = '" + to + "' where id = " + company);
    }

    private static long recruitment(long company, LocalDate identified, int positions, int level, String category,
                                    String contract, LocalDate cancelled) throws SQLException {
        return insert("insert into recruitment (company_id, job_title, qualification_level, occupational_category, contract_type,"
                        + " positions, source, status, cancelled_on, identified_on, updated_by)"
                        + " values (?, 'Poste de test', ?, ?, ?, ?, 'SPONTANEOUS', ?, ?, ?, 'test') returning id",
                company, (short) level, category, contract, (short) positions, cancelled == null ? "IDENTIFIED" : "CANCELLED",
                cancelled == null ? null : Date.valueOf(cancelled), Date.valueOf(identified));
    }

    private static void filledJob(long company, Long recruitment, LocalDate day, boolean consolidated) throws SQLException {
        insert("insert into filled_job (company_id, recruitment_id, filled_on, contract_type, qualification_level, occupational_category,"
                + " origin, consolidated, created_by) values (?, ?, ?, 'CDI', 5, 'TECHNICIAN', 'DIRECT', ?, 'test') returning id",
                company, recruitment, Date.valueOf(day), consolidated);
    }

    private static void introduction(long company, LocalDate day) throws SQLException {
        insert("insert into introduction (company_id, made_on, target_kind, target_name, purpose, created_by)"
                + " values (?, ?, 'SCHOOL', 'Lycée de test', 'Apprentis', 'test') returning id", company, Date.valueOf(day));
    }

    private static void meeting(Long round, String department, LocalDate day) throws SQLException {
        insert("insert into partner_meeting (held_on, partner_kind, partner_name, subject, round_id, department_code, created_by)"
                + " values (?, 'EMPLOYMENT_AGENCY', 'France Travail', 'Point offres', ?, ?, 'test') returning id",
                Date.valueOf(day), round, department);
    }

    private static void forum(long round, String department, LocalDate day) throws SQLException {
        insert("insert into job_forum (name, held_on, department_code, round_id, created_by) values ('Forum de test', ?, ?, ?, 'test') returning id",
                Date.valueOf(day), department, round);
    }

    private static long insert(String sql, Object... values) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The number in the cell right of the one that reads {@code label}, on a summary sheet. */
    private static double numberNextTo(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
                assertEquals(CellType.NUMERIC, row.getCell(1).getCellType(), label + " is a number");
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no line '" + label + "' on sheet " + sheet.getSheetName());
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What the application's hourly job does (ReportRollupCompaction). */
    private static void compactRollups() throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(
                "select compact_report_rollups()"); ResultSet rs = statement.executeQuery()) {
            assertTrue(rs.next());
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
