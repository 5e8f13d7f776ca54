package fr.revitems.demo;

import fr.revitems.company.CompanyIdentifiers;
import fr.revitems.company.PipelineStage;
import fr.revitems.launcher.EmbeddedDatabase;
import fr.revitems.platform.DatabaseMigration;
import fr.revitems.recruitment.RecruitmentStatus;
import fr.revitems.report.BreakdownRow;
import fr.revitems.report.Dimension;
import fr.revitems.report.Figure;
import fr.revitems.report.FigureValues;
import fr.revitems.report.ProgrammeFigures;
import fr.revitems.report.ReportFilter;
import fr.revitems.security.PasswordPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo programme, loaded into a fresh embedded PostgreSQL migrated by the application's own migrations
 * (no server), reproduces the programme's real figures under the dashboard's definitions, each computed
 * here by an independent query and again by the dashboard's own {@link ProgrammeFigures}; its data hang together like the application's (a real funnel, statuses
 * that follow filled jobs, stage moves the pipeline allows), and no personal data looks real.
 */
class DemoProgrammeIT {

    /** A Monday: its week ends on Sunday the 29th. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String ALL = null;
    private static final String VAL_DE_MARNE = "REVITEMS-94";
    private static final String ESSONNE = "REVITEMS-91";

    private static EmbeddedDatabase database;
    private static Connection connection;

    @BeforeAll
    static void loadTheDemoIntoAFreshDatabase() throws Exception {
        Path folder = Path.of("target", "demo-it-database");
        deleteRecursively(folder);
        database = EmbeddedDatabase.start(folder, 0, true);
        connection = migrated(EmbeddedDatabase.DATABASE);
        DemoProgramme.load(connection, TODAY, DemoProgrammeIT::fakeHash);
    }

    @AfterAll
    static void stopTheDatabase() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (database != null) {
            database.close();
        }
        deleteRecursively(Path.of("target", "demo-it-database"));
    }

    /** PBKDF2 at 600,000 iterations is the server's business (PasswordHasher); here a recognisable stand-in. */
    private static String fakeHash(String password) {
        return "test-hash:" + password;
    }

    @Test
    void allRoundsGiveTheProgrammesRealFigures() throws SQLException {
        assertEquals(300, contacted(ALL), "companies contacted");
        assertEquals(76, diagnosed(ALL), "diagnostics done");
        assertEquals(65, supported(ALL), "companies supported");
        assertEquals(330, positions(ALL, ""), "planned recruitments identified");
        assertEquals(170, filledJobs(ALL), "jobs filled or consolidated");
        assertEquals(60, heldIn("partner_meeting", ALL), "partner meetings");
        assertEquals(1, heldIn("job_forum", ALL), "forums held");
    }

    @Test
    void essonneIsTheRoundWithTheDetailOf144JobsSought() throws SQLException {
        assertEquals(144, positions(ESSONNE, ""), "jobs sought");
        assertEquals(94, filledJobs(ESSONNE), "profiles recruited");
        assertEquals(98, positions(ESSONNE, "and r.qualification_level between 5 and 7"), "Bac+2 to Bac+5");
        assertEquals(56, positions(ESSONNE, "and r.occupational_category = 'TECHNICIAN'"), "technicians and supervisors");
    }

    @Test
    void theDashboardsOwnQueriesGiveTheSameFigures() throws SQLException {
        ProgrammeFigures dashboard = new ProgrammeFigures(connection);
        LocalDate[] life = period(ALL);
        FigureValues all = dashboard.figures(new ReportFilter(null, List.of(), null, life[0], life[1]));
        assertEquals(300, all.get(Figure.COMPANIES_CONTACTED));
        assertEquals(76, all.get(Figure.DIAGNOSTICS));
        assertEquals(65, all.get(Figure.COMPANIES_SUPPORTED));
        assertEquals(330, all.get(Figure.POSITIONS_IDENTIFIED));
        assertEquals(170, all.get(Figure.JOBS_FILLED));
        assertEquals(60, all.get(Figure.PARTNER_MEETINGS));
        assertEquals(1, all.get(Figure.FORUMS));
        assertEquals(number("select count(*) from introduction"), all.get(Figure.INTRODUCTIONS));
        assertEquals(number("select count(*) from filled_job where consolidated"), all.consolidatedJobs());
        assertEquals(300, dashboard.figures(new ReportFilter(null, List.of(), "DRIEETS Île-de-France", life[0], life[1]))
                .get(Figure.COMPANIES_CONTACTED), "the funder of every round");

        LocalDate[] essonneLife = period(ESSONNE);
        ReportFilter essonne = new ReportFilter(number("select id from programme_round where code = 'REVITEMS-91'"),
                List.of(), null, essonneLife[0], essonneLife[1]);
        FigureValues detail = dashboard.figures(essonne);
        assertEquals(144, detail.get(Figure.POSITIONS_IDENTIFIED), "jobs sought");
        assertEquals(94, detail.get(Figure.JOBS_FILLED), "profiles recruited");
        Map<Dimension, List<BreakdownRow>> breakdowns = dashboard.breakdowns(essonne);
        assertEquals(98, breakdowns.get(Dimension.QUALIFICATION_LEVEL).stream()
                .filter(row -> Set.of("5", "6", "7").contains(row.code())).mapToLong(BreakdownRow::positions).sum());
        assertEquals(56, breakdowns.get(Dimension.OCCUPATIONAL_CATEGORY).stream()
                .filter(row -> "TECHNICIAN".equals(row.code())).mapToLong(BreakdownRow::positions).sum());
        assertEquals(144, breakdowns.get(Dimension.QUALIFICATION_LEVEL).stream().mapToLong(BreakdownRow::positions).sum(),
                "every position has a level");

        FigureValues essonneByDepartment = dashboard.figures(new ReportFilter(null, List.of("91"), null, life[0], life[1]));
        assertEquals(110, essonneByDepartment.get(Figure.COMPANIES_CONTACTED));
        assertEquals(22, essonneByDepartment.get(Figure.PARTNER_MEETINGS));
        assertEquals(0, essonneByDepartment.get(Figure.FORUMS));
    }

    @Test
    void theTwoRoundsAreDisjointAndTheNewRoundIsEmpty() throws SQLException {
        // the README's table of the demo, round by round
        assertEquals(List.of(190L, 46L, 39L, 192L, 76L, 38L, 1L), List.of(contacted(VAL_DE_MARNE), diagnosed(VAL_DE_MARNE),
                supported(VAL_DE_MARNE), positions(VAL_DE_MARNE, ""), filledJobs(VAL_DE_MARNE),
                heldIn("partner_meeting", VAL_DE_MARNE), heldIn("job_forum", VAL_DE_MARNE)));
        assertEquals(List.of(110L, 30L, 26L, 144L, 94L, 22L, 0L), List.of(contacted(ESSONNE), diagnosed(ESSONNE),
                supported(ESSONNE), positions(ESSONNE, ""), filledJobs(ESSONNE),
                heldIn("partner_meeting", ESSONNE), heldIn("job_forum", ESSONNE)));
        assertEquals(List.of(7L, 8L), List.of(number("select count(*) from filled_job f join company_round cr on cr.company_id"
                + " = f.company_id join programme_round r on r.id = cr.round_id where f.consolidated and r.code = 'REVITEMS-94'"),
                number("select count(*) from filled_job f join company_round cr on cr.company_id = f.company_id"
                        + " join programme_round r on r.id = cr.round_id where f.consolidated and r.code = 'REVITEMS-91'")));
        assertEquals(0, number("select count(*) from company c where (select count(*) from company_round cr"
                + " where cr.company_id = c.id) <> 1"), "each company in exactly one round");
        assertEquals(0, number("select count(*) from company_round cr join programme_round r on r.id = cr.round_id"
                + " where r.code = 'VDM-2026-2028'"), "the 2026-2028 round has no company");
        assertEquals(0, number("select count(*) from company c join company_round cr on cr.company_id = c.id"
                + " join programme_round r on r.id = cr.round_id where c.department_code <> substr(r.code, 10, 2)"),
                "Val-de-Marne companies in 94, Essonne ones in 91");
        assertEquals(List.of(LocalDate.of(2025, 4, 24), "94", VAL_DE_MARNE), row("select f.held_on, f.department_code, r.code"
                + " from job_forum f join programme_round r on r.id = f.round_id"));
    }

    @Test
    void recruitmentsCancelledAfterTheRoundStillCountInItButNotInAPeriodThatIncludesTheCancellation() throws SQLException {
        long cancelledAfter = number("select coalesce(sum(r.positions), 0) from recruitment r join company_round cr"
                + " on cr.company_id = r.company_id join programme_round p on p.id = cr.round_id"
                + " where p.code = 'REVITEMS-91' and r.cancelled_on > p.ends_on");
        assertTrue(cancelledAfter > 0, "some Essonne positions were cancelled after the round");
        assertEquals(144 - cancelledAfter, positions(ESSONNE, "", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)));
        assertTrue(number("select count(*) from recruitment where cancelled_on <= date '2025-12-31'") > 0,
                "some recruitments were cancelled during their round, and never count");
    }

    @Test
    void theFiguresAgreeWithTheActivityProjectionTheTriggersKeep() throws SQLException {
        assertEquals(300, number("select count(*) from company_activity where contacted && daterange('2021-01-01', '2028-12-31', '[]')"));
        assertEquals(76, number("select count(*) from company_activity where diagnosed && daterange('2021-01-01', '2028-12-31', '[]')"));
        assertEquals(65, number("select count(*) from company_activity where supported && daterange('2021-01-01', '2028-12-31', '[]')"));
    }

    @Test
    void theFunnelIsReal() throws SQLException {
        assertEquals(0, number("select count(*) from company c where exists (select 1 from stage_change s where s.company_id = c.id"
                + " and s.to_stage = 'SUPPORT') and not exists (select 1 from diagnostic d where d.company_id = c.id"
                + " and d.held_on <= (select min(s.changed_at)::date from stage_change s where s.company_id = c.id and s.to_stage = 'SUPPORT'))"),
                "every company supported was diagnosed first");
        assertEquals(0, number("select count(*) from diagnostic d where not exists (select 1 from stage_change s"
                + " where s.company_id = d.company_id and s.from_stage is null and s.changed_at::date <= d.held_on)"),
                "every company diagnosed had been contacted");
        assertEquals(0, number("select count(*) from company c where (select count(*) from stage_change s"
                + " where s.company_id = c.id and s.from_stage is null) <> 1"), "one entry into the pipeline per company");
        assertEquals(0, number("select count(*) from company c where c.stage <> (select s.to_stage from stage_change s"
                + " where s.company_id = c.id order by s.changed_at desc, s.id desc limit 1)"), "the stage is the last move's");
        assertEquals(0, number("select count(*) from recruitment r where r.company_id not in (select company_id from diagnostic)"),
                "recruitments belong to diagnosed companies");
    }

    @Test
    void everyStageMoveIsOneThePipelineAllows() throws SQLException {
        List<String> wrong = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet moves = statement.executeQuery("select company_id, from_stage, to_stage, closing_reason, reason,"
                     + " lag(to_stage) over (partition by company_id order by changed_at, id) from stage_change")) {
            while (moves.next()) {
                String from = moves.getString(2);
                if (from == null) {
                    continue;
                }
                PipelineStage.Move move = PipelineStage.valueOf(from).moveTo(PipelineStage.valueOf(moves.getString(3)));
                boolean ok = move.allowed() && from.equals(moves.getString(6))
                        && (move != PipelineStage.Move.NEEDS_CLOSING_REASON || moves.getString(4) != null)
                        && (move != PipelineStage.Move.NEEDS_REASON || moves.getString(5) != null);
                if (!ok) {
                    wrong.add(moves.getLong(1) + ": " + from + " -> " + moves.getString(3));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void recruitmentStatusesFollowTheirFilledJobs() throws SQLException {
        List<String> wrong = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet r = statement.executeQuery("select r.id, r.status, r.positions, r.cancelled_on,"
                     + " (select count(*) from filled_job f where f.recruitment_id = r.id),"
                     + " (select s.to_status from recruitment_status_change s where s.recruitment_id = r.id"
                     + "  order by s.changed_at desc, s.id desc limit 1),"
                     + " (select count(*) from recruitment_status_change s where s.recruitment_id = r.id and s.from_status is null),"
                     + " (select count(*) from filled_job f where f.recruitment_id = r.id and f.filled_on < r.identified_on)"
                     + " from recruitment r")) {
            while (r.next()) {
                RecruitmentStatus status = RecruitmentStatus.valueOf(r.getString(2));
                int positions = r.getInt(3);
                long filled = r.getLong(5);
                boolean ok = status.name().equals(r.getString(6)) && r.getLong(7) == 1 && r.getLong(8) == 0
                        && filled <= positions
                        && (status == RecruitmentStatus.CANCELLED) == (r.getObject(4) != null)
                        && (filled > 0 ? status == RecruitmentStatus.IN_PROGRESS.afterFilling(positions, filled)
                        : status.isOpen() || status == RecruitmentStatus.CANCELLED);
                if (!ok) {
                    wrong.add(r.getLong(1) + ": " + status + ", " + filled + " of " + positions);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(number("select count(*) from recruitment where status = 'PARTLY_FILLED'") > 0);
        assertTrue(number("select count(*) from recruitment where status = 'FILLED'") > 0);
        assertTrue(number("select count(*) from recruitment where status in ('IDENTIFIED', 'SHARED', 'IN_PROGRESS')") > 0);
    }

    @Test
    void everyHandMadeStatusChangeIsOneTheRulesAllow() throws SQLException {
        List<String> wrong = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet s = statement.executeQuery("select recruitment_id, from_status, to_status, reason,"
                     + " lag(to_status) over (partition by recruitment_id order by changed_at, id) from recruitment_status_change")) {
            while (s.next()) {
                if (s.getString(2) == null) {
                    continue;
                }
                RecruitmentStatus from = RecruitmentStatus.valueOf(s.getString(2));
                RecruitmentStatus to = RecruitmentStatus.valueOf(s.getString(3));
                RecruitmentStatus.Move move = from.moveTo(to);
                boolean byCount = to == RecruitmentStatus.FILLED || to == RecruitmentStatus.PARTLY_FILLED;
                boolean ok = from.name().equals(s.getString(5)) && (byCount
                        || move.allowed() && (move != RecruitmentStatus.Move.NEEDS_REASON || s.getString(4) != null));
                if (!ok) {
                    wrong.add(s.getLong(1) + ": " + from + " -> " + to);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void someFilledJobsAreConsolidatedJobsWithoutAnOpening() throws SQLException {
        assertTrue(number("select count(*) from filled_job where recruitment_id is null and consolidated") > 0);
        assertEquals(0, number("select count(*) from filled_job where recruitment_id is null and not consolidated"));
        assertTrue(number("select count(*) from filled_job where origin = 'FORUM'") > 0, "the forum found people");
    }

    @Test
    void companiesHaveContactsSectorsOfficersActionsIntroductionsAndDiagnosticsWithContent() throws SQLException {
        assertEquals(0, number("select count(*) from company c where not exists (select 1 from contact k where k.company_id = c.id)"));
        assertEquals(0, number("select count(*) from company c where not exists (select 1 from company_sector s where s.company_id = c.id)"));
        assertEquals(0, number("select count(*) from company where officer_id is null"));
        assertEquals(4, number("select count(distinct kind) from action"), "actions of the four kinds");
        long introductions = number("select count(*) from introduction");
        assertTrue(introductions >= 200 && introductions <= 600, "a few hundred introductions: " + introductions);
        assertEquals(4, number("select count(distinct target_kind) from introduction"));
        assertEquals(0, number("select count(*) from diagnostic where activity is null or innovation is null or headcount is null"
                + " or recruitment_difficulties is null or skills_gaps is null or training_needs is null or support_wanted is null"));
        assertEquals(0, number("select count(*) from action where happened_on > date '2025-12-31'"), "nothing after the rounds");
    }

    @Test
    void eachDemoOfficerHasFollowUpsOverdueAndDueThisWeek() throws SQLException {
        LocalDate sunday = TODAY.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (DemoAccounts.Account officer : DemoAccounts.OFFICERS) {
            String mine = "select count(*) from support_task t join app_user u on u.id = t.owner_id where u.username = '"
                    + officer.username() + "' and t.status in ('TODO', 'IN_PROGRESS')";
            assertTrue(number(mine + " and t.due_on < date '" + TODAY + "'") > 0, officer.username() + " overdue");
            assertTrue(number(mine + " and t.due_on between date '" + TODAY + "' and date '" + sunday + "'") > 0,
                    officer.username() + " this week");
        }
    }

    @Test
    void theDemoAccountsHaveTheirRolesAndPasswordsThePolicyAccepts() throws SQLException {
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            assertEquals(PasswordPolicy.problem(account.username(), account.password()), java.util.Optional.empty(),
                    account.username());
            assertEquals(List.of(account.role().name(), fakeHash(account.password())), row("select r.role, u.password_hash"
                    + " from app_user u join app_user_role r on r.user_id = u.id where u.username = '" + account.username() + "'"));
        }
        assertEquals(0, number("select count(*) from app_user where username = 'admin'"), "the administrator is AdminBootstrap's");
    }

    @Test
    void noPersonalDataLooksReal() throws SQLException {
        String exampleDomains = "'^[a-z0-9.-]+@([a-z0-9-]+\\.)*example\\.(org|fr)$'";
        assertEquals(0, number("select count(*) from contact where email is null or email !~ " + exampleDomains));
        assertEquals(0, number("select count(*) from app_user where email is not null and email !~ " + exampleDomains));
        assertEquals(0, number("select count(*) from contact where phone is not null and phone not like '01 99 00 %'"),
                "phone numbers in the range kept for fiction");
        assertEquals(0, number("select count(*) from contact where last_name not in ("
                + String.join(", ", DemoNames.LAST_NAMES.stream().map(n -> "'" + n.replace("'", "''") + "'").toList()) + ")"));
        assertEquals(0, number("select count(*) from company where notes not like 'Entreprise fictive%'"));
        try (Statement statement = connection.createStatement();
             ResultSet companies = statement.executeQuery("select name, siret from company")) {
            while (companies.next()) {
                String name = companies.getString(1);
                String siret = companies.getString(2);
                assertTrue(DemoNames.PLACES.stream().anyMatch(name::contains), name + " is named after a made-up place");
                assertTrue(siret == null || siret.startsWith("0000") && CompanyIdentifiers.isValidSiret(siret),
                        name + ": " + siret + " is valid and allocated to nobody");
            }
        }
    }

    @Test
    void aBaseWherePeopleHaveAccountsIsARealOneNeverFilledWithTheDemo() throws Exception {
        try (Connection admin = connectTo("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("create database in_use");
        }
        try (Connection inUse = migrated("in_use"); Statement statement = inUse.createStatement()) {
            assertFalse(DemoProgramme.hasCompanies(inUse), "an empty database gets the demo");
            statement.execute("insert into app_user (username, display_name, password_hash) values ('marie.agent', 'Marie', 'x')");
            assertTrue(DemoProgramme.hasCompanies(inUse), "a base where people have accounts is a real one, never a demo");
        }
    }

    @Test
    void theDemoIsTheSameEveryTime() throws Exception {
        try (Connection admin = connectTo("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("create database again");
        }
        try (Connection again = migrated("again")) {
            assertFalse(DemoProgramme.hasCompanies(again), "an empty database gets the demo");
            assertFalse(DemoProgramme.hasAdministrator(again), "but only once AdminBootstrap has made the administrator");
            DemoProgramme.load(again, TODAY, DemoProgrammeIT::fakeHash);
            assertTrue(DemoProgramme.hasCompanies(again), "a restarted demo keeps its data");
            assertEquals(fingerprint(connection), fingerprint(again));
        }
    }

    // --- the dashboard's definitions, written again independently ---------------------------------------

    private static long contacted(String round) throws SQLException {
        return figure(round, "select count(*) from scope s, params p where"
                + " exists (select 1 from stage_change c where c.company_id = s.company_id and c.from_stage is null"
                + "  and c.changed_at::date between p.from_day and p.to_day)"
                + " or exists (select 1 from action a where a.company_id = s.company_id and a.happened_on between p.from_day and p.to_day)"
                + " or exists (select 1 from diagnostic d where d.company_id = s.company_id and d.held_on between p.from_day and p.to_day)");
    }

    private static long diagnosed(String round) throws SQLException {
        return figure(round, "select count(*) from scope s, params p where exists (select 1 from diagnostic d"
                + " where d.company_id = s.company_id and d.held_on between p.from_day and p.to_day)");
    }

    private static long supported(String round) throws SQLException {
        return figure(round, "select count(distinct x.company_id) from (select c.company_id, c.to_stage, c.changed_at::date as entered,"
                + " lead(c.changed_at::date) over (partition by c.company_id order by c.changed_at, c.id) as left_on"
                + " from stage_change c) x, params p where x.company_id in (select company_id from scope) and x.to_stage = 'SUPPORT'"
                + " and x.entered <= p.to_day and (x.left_on is null or x.left_on >= p.from_day)");
    }

    private static long positions(String round, String filter) throws SQLException {
        LocalDate[] period = period(round);
        return positions(round, filter, period[0], period[1]);
    }

    private static long positions(String round, String filter, LocalDate from, LocalDate to) throws SQLException {
        return figure(round, "select coalesce(sum(r.positions), 0) from recruitment r, params p"
                + " where r.company_id in (select company_id from scope) and r.identified_on between p.from_day and p.to_day"
                + " and (r.cancelled_on is null or r.cancelled_on > p.to_day) " + filter, from, to);
    }

    private static long filledJobs(String round) throws SQLException {
        return figure(round, "select count(*) from filled_job f, params p where f.company_id in (select company_id from scope)"
                + " and f.filled_on between p.from_day and p.to_day");
    }

    private static long heldIn(String table, String round) throws SQLException {
        return figure(round, "select count(*) from " + table + " m, params p where m.held_on between p.from_day and p.to_day"
                + " and (p.round_code is null or m.round_id = (select id from programme_round where code = p.round_code))");
    }

    private static long figure(String round, String select) throws SQLException {
        LocalDate[] period = period(round);
        return figure(round, select, period[0], period[1]);
    }

    /** Scope: the round's companies, or every round's; period: [from, to], both included. */
    private static long figure(String round, String select, LocalDate from, LocalDate to) throws SQLException {
        String sql = "with params as (select ?::date as from_day, ?::date as to_day, ?::text as round_code),"
                + " scope as (select distinct cr.company_id from company_round cr join programme_round r on r.id = cr.round_id, params"
                + "  where params.round_code is null or r.code = params.round_code) " + select;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, from);
            statement.setObject(2, to);
            statement.setString(3, round);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** The default period: the round's whole life; for all rounds, the earliest start to the latest end. */
    private static LocalDate[] period(String round) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select min(starts_on), max(ends_on) from programme_round"
                + " where ?::text is null or code = ?")) {
            statement.setString(1, round);
            statement.setString(2, round);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return new LocalDate[]{result.getObject(1, LocalDate.class), result.getObject(2, LocalDate.class)};
            }
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private static String fingerprint(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery("select (select md5(string_agg(concat_ws('|', name, siret, stage, stage_since,"
                     + " commune, officer_id), ',' order by id)) from company)"
                     + " || (select md5(string_agg(concat_ws('|', company_id, job_title, positions, status, identified_on, cancelled_on),"
                     + " ',' order by id)) from recruitment)"
                     + " || (select md5(string_agg(concat_ws('|', company_id, recruitment_id, filled_on, origin), ',' order by id)) from filled_job)"
                     + " || (select md5(string_agg(concat_ws('|', company_id, happened_on, kind), ',' order by id)) from action)"
                     + " || (select md5(string_agg(concat_ws('|', email, confirmed_on), ',' order by id)) from contact)")) {
            result.next();
            return result.getString(1);
        }
    }

    private static long number(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<Object> row(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next(), sql);
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                Object value = result.getObject(i);
                values.add(value instanceof java.sql.Date date ? date.toLocalDate() : value);
            }
            assertFalse(result.next(), "one row: " + sql);
            return values;
        }
    }

    private static Connection migrated(String name) throws SQLException {
        PGSimpleDataSource dataSource = dataSource(name);
        DatabaseMigration.configure(dataSource).migrate();
        return dataSource.getConnection();
    }

    private static Connection connectTo(String name) throws SQLException {
        return dataSource(name).getConnection();
    }

    private static PGSimpleDataSource dataSource(String name) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        String url = database.jdbcUrl();
        dataSource.setURL(url.substring(0, url.lastIndexOf('/') + 1) + name);
        dataSource.setUser(EmbeddedDatabase.USER);
        dataSource.setPassword(EmbeddedDatabase.PASSWORD);
        return dataSource;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
