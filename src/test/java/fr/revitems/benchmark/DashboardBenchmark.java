package fr.revitems.benchmark;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Timing;
import com.microsoft.playwright.options.WaitForSelectorState;
import fr.revitems.report.Figure;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The programme dashboard at 100,000 companies, 1,000,000 actions, 200,000 recruitments (see
 * {@link LargeDataSet}): an officer changes one filter at a time — round (each round and all rounds),
 * departments (none, one, two), funder (none or DRIEETS Île-de-France), period (the round's whole life, a
 * calendar year, a quarter, typed as dd/MM/yyyy) — and each change is an AJAX request that recomputes the
 * dashboard; its time is measured as in {@link CompanyListBenchmark}: the server's own (its access log, {@link
 * ServerTimes}) and the browser's (request sent to first byte, on loopback), after warm-up. Then the full-year XLSX export of a round, several times, read back with POI:
 * its summary must equal the page's figures. Writes target/benchmarks/dashboard.md; never asserts a time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBenchmark {

    /**
     * Filter changes before the measures (the JIT compiler of a fresh server competes with the first ones).
     * 150 were tried (src/site/markdown/performance-history.md): the figures did not move, the dashboard's time being in the database.
     */
    private static final int WARM_UP = Integer.getInteger("dashboard.warmUp", 40);
    /** Measured changes: 400 since 2026-12-06 (200 before: some rounds and periods had fewer than 40 requests for their p95). */
    private static final int OPERATIONS = Integer.getInteger("dashboard.operations", 400);
    private static final int EXPORTS = Integer.getInteger("dashboard.exports", 5);
    /** Waits only: a slow answer is measured, never dropped (the dashboard took seconds before its fixes). */
    private static final double WAIT_MS = 120_000;
    private static final String FUNDER = "DRIEETS Île-de-France";
    private static final String ALL_ROUNDS = "Tous les dispositifs";
    private static final String ANY_FUNDER = "Tous les financeurs";
    private static final List<String> DEPARTMENTS = List.of("94", "91", "75", "92", "93");
    /** The years the data set covers (it spans the last five years up to today). */
    private static final int FIRST_YEAR = LocalDate.now().getYear() - 4;
    private static final int LAST_YEAR = LocalDate.now().getYear();
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void measure() throws Exception {
        Map<String, Double> generation = LargeDataSet.create();
        run(application, generation);
    }

    /** A round as the menu shows it, with its whole life (null id: all rounds). */
    private record Round(Long id, String code, String label, LocalDate from, LocalDate to) {
    }

    /** The filter the page holds. */
    private static final class State {
        Round round;
        final List<String> departments = new ArrayList<>();
        boolean funder;
        LocalDate from;
        LocalDate to;
        String periodKind = "whole life";
    }

    /** One AJAX request: its server time, what was posted and how big the answer was. */
    private record Sample(String key, double millis, String postData, int answerBytes) {
    }

    /** Each request's server time, by kind of change and by the filter the request computed. */
    private static final class Recorder {
        final Map<String, Percentiles> byKind = new LinkedHashMap<>();
        final Percentiles overall = new Percentiles("every filter change");
        final Map<String, Percentiles> byRound = new LinkedHashMap<>();
        final Map<String, Percentiles> byPeriod = new LinkedHashMap<>();
        final Map<String, Percentiles> byDepartments = new LinkedHashMap<>();
        boolean counting;

        Recorder(List<Round> rounds) {
            for (String kind : List.of("round", "departments", "funder", "period")) {
                byKind.put(kind, new Percentiles(kind));
            }
            for (Round round : rounds) {
                byRound.put(round.label(), new Percentiles(round.label() + " (" + scopeSize(round) + " companies)"));
            }
            for (String kind : List.of("whole life", "calendar year", "quarter", "between two periods")) {
                byPeriod.put(kind, new Percentiles(kind));
            }
            for (String kind : List.of("no department", "one department", "two departments")) {
                byDepartments.put(kind, new Percentiles(kind));
            }
        }

        /** The requests of one step of a change, with the filter the page holds after it. */
        void record(String kind, List<Sample> samples, State state) {
            if (!counting) {
                return;
            }
            for (Sample sample : samples) {
                double millis = sample.millis();
                String key = sample.key();
                byKind.get(kind).add(key, millis);
                byKind.get(kind).sizes(sample.postData(), sample.answerBytes());
                overall.add(key, millis);
                byRound.get(state.round.label()).add(key, millis);
                byPeriod.get(state.periodKind).add(key, millis);
                byDepartments.get(List.of("no department", "one department", "two departments").get(state.departments.size()))
                        .add(key, millis);
            }
        }

        /** Each request with the server's time for it. */
        void resolve(ServerTimes times) {
            overall.resolve(times);
            for (Map<String, Percentiles> series : List.of(byKind, byRound, byPeriod, byDepartments)) {
                series.values().forEach(p -> p.resolve(times));
            }
        }
    }

    static void run(URL application, Map<String, Double> generation) throws Exception {
        List<Round> rounds = rounds();
        Random random = new Random(42);
        Recorder recorder = new Recorder(rounds);
        DatabaseStatements statements = new DatabaseStatements();
        Pages pages = new Pages(application);
        String loadBefore;
        String loadAfter;
        List<double[]> exports = new ArrayList<>();
        String exportCheck;
        String exportQuery;
        double openMillis;
        try (Browser browser = new Browser(); BrowserContext context = browser.newReducedMotionContext()) {
            context.setDefaultTimeout(WAIT_MS);
            String[] officer = new Accounts(browser, pages).of(Role.OFFICER);
            Page page = context.newPage();
            pages.login(page, officer[0], officer[1]);
            long started = System.nanoTime();
            pages.open(page, "/reporting/dashboard.xhtml");
            page.locator("[data-figure=JOBS_FILLED]").waitFor();
            openMillis = (System.nanoTime() - started) / 1e6;

            State state = new State();
            state.round = rounds.get(0);
            state.from = state.round.from();
            state.to = state.round.to();
            loadBefore = loadAverage();
            List<String> kinds = List.copyOf(recorder.byKind.keySet());
            for (int i = 0; i < WARM_UP + OPERATIONS; i++) {
                if (i == WARM_UP) {
                    statements.reset();
                    loadBefore = loadAverage();
                    recorder.counting = true;
                }
                change(page, state, kinds.get(random.nextInt(kinds.size())), rounds, random, recorder, "dashboard-" + i);
            }
            statements.snapshot(recorder.overall.count(), "dashboard requests");
            loadAfter = loadAverage();

            // the full-year XLSX of the largest round, for the last full year
            Round largest = rounds.stream().filter(r -> r.id() != null).max((a, b) -> Long.compare(scopeSize(a), scopeSize(b))).orElseThrow();
            int year = LAST_YEAR - 1;
            exportQuery = "round=" + largest.id() + "&from=" + year + "-01-01&to=" + year + "-12-31";
            byte[] last = null;
            for (int i = 0; i < EXPORTS; i++) {
                String load = loadAverage();
                long t = System.nanoTime();
                APIResponse xlsx = page.request().get(pages.url("/reporting/dashboard.xlsx?" + exportQuery),
                        com.microsoft.playwright.options.RequestOptions.create().setTimeout(WAIT_MS));
                last = xlsx.body();
                double millis = (System.nanoTime() - t) / 1e6;
                assertEquals(200, xlsx.status(), "the export answers");
                exports.add(new double[] {millis, last.length, Double.parseDouble(load.split(",")[0])});
            }
            exportCheck = checkExport(page, pages, exportQuery, last, largest, year);
        }
        recorder.resolve(ServerTimes.readAfterFlush());

        String report = String.join("\n",
                "# Programme dashboard at " + LargeDataSet.COMPANIES + " companies, " + LargeDataSet.COMPANIES * LargeDataSet.ACTIONS_PER_COMPANY
                        + " actions, " + LargeDataSet.RECRUITMENTS + " recruitments",
                "",
                "Measured " + OffsetDateTime.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores.",
                "Load average (1, 5, 15 min) when the measures started: " + loadBefore + "; when they ended: " + loadAfter
                        + " (other builds share the two cores).",
                "Server time = the time the server took, from its access log (time taken, in whole milliseconds, from"
                        + " receiving the request to writing the answer); browser time = request sent to first byte of the"
                        + " answer, in a real browser on loopback, on the two cores the server shares. " + WARM_UP
                        + " warm-up filter changes are not counted; a change of period types two dates, so two requests."
                        + " The browser asks for reduced motion (since 2026-11-23): the theme's transitions would repaint the page"
                        + " on the cores the server shares.",
                "First opening of the dashboard (all rounds, whole life, cold server): " + Math.round(openMillis) + " ms.",
                "",
                "Command: `./revitems test -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DashboardBenchmark`",
                "",
                "## Filter changes (AJAX), by kind of change",
                "",
                Percentiles.HEADER.replace("| request |", "| change |"),
                lines(recorder.byKind), recorder.overall.line(),
                "",
                "| change | mean request bytes | mean answer bytes | processed (partial.execute) |",
                "| --- | --- | --- | --- |",
                sizes(recorder.byKind),
                "",
                "## The same requests by the filter they ended with",
                "",
                Percentiles.HEADER.replace("| request |", "| round |"),
                lines(recorder.byRound),
                "",
                Percentiles.HEADER.replace("| request |", "| period |"),
                lines(recorder.byPeriod),
                "",
                Percentiles.HEADER.replace("| request |", "| departments |"),
                lines(recorder.byDepartments),
                "",
                "## Full-year XLSX export of a round",
                "",
                "GET /reporting/dashboard.xlsx?" + exportQuery + ", whole answer (request to last byte) as the browser's session gets it:",
                "",
                "| run | ms | bytes | load (1 min) |",
                "| --- | --- | --- | --- |",
                exportLines(exports),
                "",
                exportCheck,
                "",
                "## Database during the measured filter changes",
                "",
                statements.report(),
                "",
                "## Data set (seconds per step)",
                "",
                "| step | s |",
                "| --- | --- |",
                generationLines(generation),
                "");
        Path out = Path.of("target/benchmarks/dashboard.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /**
     * One change of one filter, as an officer makes it, each request it causes recorded with the filter it
     * computed (a change of period types two dates: two requests, the first one between the two periods).
     */
    private static void change(Page page, State state, String kind, List<Round> rounds, Random random, Recorder recorder,
                               String label) {
        switch (kind) {
            case "round" -> {
                List<Round> others = rounds.stream().filter(r -> r != state.round).toList();
                Round round = others.get(random.nextInt(others.size()));
                List<Sample> times = requests(page, label, () -> choose(page, "round", round.label()));
                state.round = round;
                state.from = round.from();
                state.to = round.to();
                state.periodKind = "whole life";
                recorder.record(kind, times, state);
            }
            case "departments" -> {
                int size = state.departments.size();
                boolean add = size == 0 || (size == 1 && random.nextBoolean());
                String department;
                if (add) {
                    List<String> others = DEPARTMENTS.stream().filter(d -> !state.departments.contains(d)).toList();
                    department = others.get(random.nextInt(others.size()));
                } else {
                    department = state.departments.get(random.nextInt(size));
                }
                List<Sample> times = requests(page, label, () -> {
                    // by its arrow: the menu's middle may hold a ticked department's chip, whose cross unticks it
                    page.click("#filters\\:departments .ui-selectcheckboxmenu-trigger");
                    page.locator("#filters\\:departments_panel").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                            .setState(WaitForSelectorState.VISIBLE));
                    page.waitForTimeout(300);
                    page.click("#filters\\:departments_panel li[data-item-value='" + department + "'] .ui-chkbox-box");
                });
                // the menu stays open for more ticks (the answer leaves it alone): closed as an officer does, by a
                // click beside it, before the next change
                page.click("h1");
                page.locator("#filters\\:departments_panel").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(WaitForSelectorState.HIDDEN));
                if (add) {
                    state.departments.add(department);
                } else {
                    state.departments.remove(department);
                }
                recorder.record(kind, times, state);
            }
            case "funder" -> {
                state.funder = !state.funder;
                recorder.record(kind, requests(page, label, () -> choose(page, "funder", state.funder ? FUNDER : ANY_FUNDER)), state);
            }
            default -> {
                LocalDate[] period;
                String periodKind;
                do {
                    int pick = random.nextInt(3);
                    int firstYear = Math.max(FIRST_YEAR, state.round.from().getYear());
                    int lastYear = Math.min(LAST_YEAR, state.round.to().getYear());
                    int year = firstYear + random.nextInt(Math.max(1, lastYear - firstYear + 1));
                    if (pick == 0) {
                        period = new LocalDate[] {state.round.from(), state.round.to()};
                        periodKind = "whole life";
                    } else if (pick == 1) {
                        period = new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
                        periodKind = "calendar year";
                    } else {
                        int quarter = random.nextInt(year == LocalDate.now().getYear() ? (LocalDate.now().getMonthValue() + 2) / 3 : 4);
                        LocalDate start = LocalDate.of(year, 1 + 3 * quarter, 1);
                        period = new LocalDate[] {start, start.plusMonths(3).minusDays(1)};
                        periodKind = "quarter";
                    }
                } while (period[0].equals(state.from) && period[1].equals(state.to));
                // the first date typed keeps the period valid (start before end): the end first when moving later
                boolean endFirst = period[0].isAfter(state.to) || !period[1].isBefore(state.to) && period[0].isAfter(state.from);
                LocalDate[] target = period;
                String[] order = endFirst ? new String[] {"to", "from"} : new String[] {"from", "to"};
                for (int step = 0; step < 2; step++) {
                    String field = order[step];
                    LocalDate day = field.equals("from") ? target[0] : target[1];
                    if (day.equals(field.equals("from") ? state.from : state.to)) {
                        continue;
                    }
                    List<Sample> times = requests(page, label + "-" + step, () -> type(page, field, day));
                    if (field.equals("from")) {
                        state.from = day;
                    } else {
                        state.to = day;
                    }
                    state.periodKind = state.from.equals(target[0]) && state.to.equals(target[1]) ? periodKind : "between two periods";
                    recorder.record(kind, times, state);
                }
            }
        }
    }

    /** Picks an entry of one of the filter's menus (open, wait for the panel's animation, click). */
    private static void choose(Page page, String menu, String label) {
        page.click("#filters\\:" + menu);
        page.locator("#filters\\:" + menu + "_panel").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE));
        page.waitForTimeout(300);
        page.click("#filters\\:" + menu + "_items li[data-label=\"" + label + "\"]");
    }

    private static void type(Page page, String field, LocalDate day) {
        page.fill("#filters\\:" + field + "_input", TYPED.format(day));
        page.locator("#filters\\:" + field + "_input").press("Tab");
    }

    /**
     * Runs an action, its requests labelled for the server's log, and returns every AJAX request it caused (its
     * key in that log and the browser's time), once the page has applied the last answer (PrimeFaces' queue empty).
     */
    private static List<Sample> requests(Page page, String label, Runnable action) {
        ServerTimes.label(page, label);
        List<Response> responses = new ArrayList<>();
        Consumer<Response> listener = response -> {
            if ("POST".equals(response.request().method())) {
                responses.add(response);
            }
        };
        page.onResponse(listener);
        try {
            page.waitForResponse(r -> "POST".equals(r.request().method()),
                    new Page.WaitForResponseOptions().setTimeout(WAIT_MS), action);
            page.waitForFunction("() => window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()", null,
                    new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));
        } finally {
            page.offResponse(listener);
        }
        List<Sample> samples = new ArrayList<>();
        for (Response response : responses) {
            response.finished();
            samples.add(new Sample(ServerTimes.key(label, samples.size()), browserMillis(response.request()),
                    response.request().postData(), response.body().length));
        }
        return samples;
    }

    private static double browserMillis(Request request) {
        Timing timing = request.timing();
        return timing.responseStart - timing.requestStart;
    }

    /** The XLSX read back with POI: each summary figure equals the page's for the same filter, the record sheets their counts. */
    private static String checkExport(Page page, Pages pages, String query, byte[] xlsx, Round round, int year) throws Exception {
        pages.open(page, "/reporting/dashboard.xhtml?" + query);
        Map<Figure, Long> shown = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            shown.put(figure, Long.parseLong(page.locator("[data-figure=" + figure + "]").textContent().replaceAll("\\D", "")));
        }
        ResourceBundle bundle = ResourceBundle.getBundle("fr.revitems.i18n.Messages", Locale.FRENCH);
        Map<Figure, Long> exported = new EnumMap<>(Figure.class);
        List<String> sheets = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = workbook.getSheetAt(0);
            for (Figure figure : Figure.values()) {
                exported.put(figure, (long) numberNextTo(summary, bundle.getString(figure.labelKey())));
            }
            for (Sheet sheet : workbook) {
                sheets.add(sheet.getSheetName() + " (" + sheet.getLastRowNum() + " rows)");
            }
        }
        assertEquals(shown, exported, "the XLSX summary equals the page for " + query);
        return "Read back with POI: the summary's eight figures equal the page's for the same filter (" + round.label() + ", " + year
                + "): " + shown + ". Sheets: " + String.join(", ", sheets) + ".";
    }

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

    /** The rounds of the menu, all rounds first, each with the period the page gives it (ReportService.roundLife). */
    private static List<Round> rounds() throws Exception {
        List<Round> rounds = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(); ResultSet rs = connection.createStatement().executeQuery(
                "select null, null, min(starts_on), max(coalesce(ends_on, current_date)), 0 from programme_round"
                        + " union all select id, code, starts_on, coalesce(ends_on, current_date), 1 from programme_round"
                        + " where code in ('REVITEMS-94', 'REVITEMS-91', '" + LargeDataSet.ROUND_CODE + "') order by 5, 1")) {
            while (rs.next()) {
                Long id = rs.getObject(1) == null ? null : rs.getLong(1);
                rounds.add(new Round(id, rs.getString(2), id == null ? ALL_ROUNDS : name(id),
                        rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()));
            }
        }
        return rounds;
    }

    private static String name(long round) throws Exception {
        try (Connection connection = TestDatabase.connect(); ResultSet rs = connection.createStatement().executeQuery(
                "select name from programme_round where id = " + round)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long scopeSize(Round round) {
        try (Connection connection = TestDatabase.connect(); ResultSet rs = connection.createStatement().executeQuery(
                "select count(distinct company_id) from company_round" + (round.id() == null ? "" : " where round_id = " + round.id()))) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lines(Map<String, Percentiles> series) {
        List<String> lines = new ArrayList<>();
        series.values().stream().filter(p -> p.count() > 0).forEach(p -> lines.add(p.line()));
        return String.join("\n", lines);
    }

    private static String sizes(Map<String, Percentiles> series) {
        List<String> lines = new ArrayList<>();
        series.values().stream().filter(p -> p.count() > 0).forEach(p -> lines.add(p.sizesLine()));
        return String.join("\n", lines);
    }

    private static String exportLines(List<double[]> exports) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < exports.size(); i++) {
            double[] e = exports.get(i);
            lines.add(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.2f |", i + 1, e[0], e[1], e[2]));
        }
        return String.join("\n", lines);
    }

    private static String generationLines(Map<String, Double> generation) {
        List<String> lines = new ArrayList<>();
        generation.forEach((step, seconds) -> lines.add(String.format(Locale.ROOT, "| %s | %.1f |", step, seconds)));
        return String.join("\n", lines);
    }

    /** The machine's load average, which these timings depend on (other builds share the cores). */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
