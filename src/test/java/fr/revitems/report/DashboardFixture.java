package fr.revitems.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A dashboard and the records behind it, built in memory with the programme's own figures (300 companies
 * contacted, 76 diagnosed…), for the export tests; and the application's bundles.
 */
final class DashboardFixture {

    static final OffsetDateTime COMPUTED_AT = OffsetDateTime.of(2026, 1, 5, 14, 30, 0, 0, ZoneOffset.ofHours(1));
    static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"cliquez\")";

    private DashboardFixture() {
    }

    /** The application's bundle, plus partner kinds (their labels come with the partner meetings' branch). */
    static ResourceBundle bundle(Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle("fr.revitems.i18n.Messages", locale);
        return new ListResourceBundle() {
            {
                setParent(messages);
            }

            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"PartnerKind.SCHOOL", "fr".equals(locale.getLanguage()) ? "École (test)" : "School (test)"}};
            }
        };
    }

    static DashboardReport report() {
        return report(YearMonth.of(2025, 1), YearMonth.of(2025, 12));
    }

    /** The dashboard of one year of REVIT'EMS 94, months from {@code first} to {@code last}. */
    static DashboardReport report(YearMonth first, YearMonth last) {
        Map<Figure, Long> values = new EnumMap<>(Figure.class);
        long[] figures = {300, 76, 65, 330, 170, 60, 1, 1234};
        for (Figure figure : Figure.values()) {
            values.put(figure, figures[figure.ordinal()]);
        }
        Map<Dimension, List<BreakdownRow>> breakdowns = new EnumMap<>(Dimension.class);
        breakdowns.put(Dimension.QUALIFICATION_LEVEL, List.of(
                new BreakdownRow(Dimension.QUALIFICATION_LEVEL, "5", "Niveau 5 (Bac+2)", "Level 5 (2-year degree)", 98, 40),
                new BreakdownRow(Dimension.QUALIFICATION_LEVEL, "7", "Niveau 7 (Bac+5)", "Level 7 (master's)", 46, 20),
                new BreakdownRow(Dimension.QUALIFICATION_LEVEL, null, null, null, 12, 0)));
        breakdowns.put(Dimension.OCCUPATIONAL_CATEGORY, List.of(
                new BreakdownRow(Dimension.OCCUPATIONAL_CATEGORY, "TAM", "Techniciens et agents de maîtrise",
                        "Technicians and supervisors", 56, 30),
                new BreakdownRow(Dimension.OCCUPATIONAL_CATEGORY, "CADRE", "Ingénieurs et cadres", "Engineers and managers", 100, 30)));
        breakdowns.put(Dimension.CONTRACT_TYPE, List.of(
                new BreakdownRow(Dimension.CONTRACT_TYPE, "CDI", "CDI", "Permanent", 120, 50),
                new BreakdownRow(Dimension.CONTRACT_TYPE, "ALTERNANCE", "Alternance", "Work-study", 36, 10)));
        List<MonthRow> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(new MonthRow(m, 40 + m.getMonthValue(), 6, 20, 27, 14));
        }
        ReportFilter filter = new ReportFilter(3L, List.of("94"), null, first.atDay(1), last.atEndOfMonth());
        return new DashboardReport(filter, List.of("Dispositif : REVIT'EMS 94 – 2026-2028", "Période : du 01/01/2025 au 31/12/2025"),
                new FigureValues(values, 12), breakdowns, months, COMPUTED_AT);
    }

    /** A few records behind each figure; a company whose name a spreadsheet would run as a formula. */
    static RecordSource records() {
        Map<Figure, List<RecordTable.Row>> rows = new EnumMap<>(Figure.class);
        List<RecordTable.Row> companies = List.of(
                row(FORMULA, "12345678200010", "Créteil", "94", "SUPPORT", "Claire Martin"),
                row("Aqua Services", null, "Orly", "94", "PROSPECTION", null));
        rows.put(Figure.COMPANIES_CONTACTED, companies);
        rows.put(Figure.DIAGNOSTICS, companies.subList(0, 1));
        rows.put(Figure.COMPANIES_SUPPORTED, companies.subList(0, 1));
        rows.put(Figure.POSITIONS_IDENTIFIED, List.of(
                row(LocalDate.of(2025, 3, 14), "Aqua Services", "Technicien(ne) de traitement des eaux", "H1503",
                        new RecordTable.Label("Niveau 5 (Bac+2)", "Level 5 (2-year degree)"), null,
                        new RecordTable.Label("CDI", "Permanent"), 3L, "SHARED", null, "DIAGNOSTIC")));
        rows.put(Figure.JOBS_FILLED, List.of(
                row(LocalDate.of(2025, 6, 2), "Aqua Services", "Technicien(ne) de traitement des eaux",
                        new RecordTable.Label("CDI", "Permanent"), new RecordTable.Label("Niveau 5 (Bac+2)", "Level 5 (2-year degree)"),
                        new RecordTable.Label("Techniciens et agents de maîtrise", "Technicians and supervisors"), "FORUM", true)));
        rows.put(Figure.PARTNER_MEETINGS, List.of(
                row(LocalDate.of(2025, 2, 11), "SCHOOL", "Université Paris-Est Créteil", "Alternances de la rentrée", "REVIT'EMS 94", "94")));
        rows.put(Figure.FORUMS, List.of(row(LocalDate.of(2025, 4, 24), "Forum emploi de l'eau", "Cité de l'eau", "Créteil", "94")));
        rows.put(Figure.INTRODUCTIONS, List.of(
                row(LocalDate.of(2025, 5, 20), "Aqua Services", "SCHOOL", "Lycée Louise Michel", "-2 apprentis ?", "PENDING")));
        return (figure, sink) -> rows.getOrDefault(figure, List.of()).forEach(sink);
    }

    static RecordTable.Row row(Object... cells) {
        return new RecordTable.Row(null, Arrays.asList(cells));
    }
}
