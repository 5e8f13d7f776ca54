package fr.revitems.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The one place the programme's figures are computed, in SQL over one JDBC connection (the
 * application's pool in the server, a plain connection in tests and tools). The definitions, which
 * the bundles show as tooltips and the README quotes:
 * <ul>
 * <li>The companies of a report: those in the chosen round (any round when none is chosen), in a round
 *     the chosen funder funds, in the chosen departments (their own department).</li>
 * <li>Companies contacted, diagnosed, supported: distinct companies whose activity ranges
 *     ({@code company_activity}, kept by triggers) overlap the period: contact = entry into the pipeline,
 *     an action of any kind or a diagnostic; supported = a period spent in the SUPPORT stage.</li>
 * <li>Positions identified: positions of the recruitments identified in the period, except those
 *     cancelled on or before the period's last day.</li>
 * <li>Jobs filled or consolidated, introductions: those dated in the period.</li>
 * <li>Partner meetings and forums: dated in the period, with their own round and department.</li>
 * </ul>
 */
public final class ProgrammeFigures {

    private final Connection connection;

    public ProgrammeFigures(Connection connection) {
        this.connection = connection;
    }

    public FigureValues figures(ReportFilter filter) throws SQLException {
        // the three companies' figures from the partitions' activity rows (and, for whole months, the rollup of
        // their first days), the records' from the rollup and the days around its months; columns in the order
        // of Figure, then consolidated
        Scope sql = new Scope("dashboard figures").partitions(filter).recordTotals(filter)
                .append("select a.contacted, a.diagnosed, a.supported, r.positions, r.jobs, m.meetings, j.forums, r.introductions,"
                        + " r.consolidated from");
        if (wholeMonths(filter)) {
            // a series overlaps the period when it begins in it (report_company_first, V017) or began before it
            // and has a day in it: only the companies that began before it are tested (none or few for a whole life)
            sql.append(" (select f.contacted + b.contacted as contacted, f.diagnosed + b.diagnosed as diagnosed,"
                            + " f.supported + b.supported as supported from"
                            + " (select coalesce(sum(delta) filter (where series = 'C'), 0) as contacted,"
                            + " coalesce(sum(delta) filter (where series = 'D'), 0) as diagnosed,"
                            + " coalesce(sum(delta) filter (where series = 'S'), 0) as supported"
                            + " from report_company_first where partition_id = any(array(select id from parts))"
                            + " and month >= ? and month <= ?) f,", filter.from(), filter.to())
                    .append(" (select count(*) filter (where lower(a.contacted) < p.since and a.contacted && p.days) as contacted,"
                            + " count(*) filter (where lower(a.diagnosed) < p.since and a.diagnosed && p.days) as diagnosed,"
                            + " count(*) filter (where lower(a.supported) < p.since and a.supported && p.days) as supported"
                            + " from company_activity a, (select ?::date as since, daterange(?, ?, '[]') as days) p"
                            + " where a.partition_id = any(array(select id from parts))"
                            + " and company_activity_first_start(a.contacted, a.diagnosed, a.supported) < ?) b) a,",
                            filter.from(), filter.from(), filter.to(), filter.from());
        } else {
            sql.append(" (select count(*) filter (where a.contacted && p.days) as contacted,"
                    + " count(*) filter (where a.diagnosed && p.days) as diagnosed,"
                    + " count(*) filter (where a.supported && p.days) as supported"
                    + " from company_activity a, (select daterange(?, ?, '[]') as days) p"
                    + " where a.partition_id = any(array(select id from parts))) a,", filter.from(), filter.to());
        }
        sql.append(" (select coalesce(sum(amount) filter (where kind = 'P'), 0) as positions,"
                        + " coalesce(sum(amount) filter (where kind = 'J'), 0) as jobs,"
                        + " coalesce(sum(amount) filter (where kind = 'J' and consolidated), 0) as consolidated,"
                        + " coalesce(sum(amount) filter (where kind = 'I'), 0) as introductions from rec) r,")
                .append(" (select count(*) as meetings from partner_meeting m where m.held_on between ? and ?", filter.from(), filter.to())
                .ownRoundAndDepartment("m", filter).append(") m,")
                .append(" (select count(*) as forums from job_forum j where j.held_on between ? and ?", filter.from(), filter.to())
                .ownRoundAndDepartment("j", filter).append(") j");
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rs = statement.executeQuery()) {
            rs.next();
            Map<Figure, Long> values = new EnumMap<>(Figure.class);
            Figure[] figures = Figure.values();
            for (int i = 0; i < figures.length; i++) {
                values.put(figures[i], rs.getLong(i + 1));
            }
            return new FigureValues(values, rs.getLong(figures.length + 1));
        }
    }

    /**
     * Positions sought and jobs filled by qualification level, occupational category and contract:
     * every level, category and contract of the reference lists, in their order, then "not given" when
     * some recruitments do not say.
     */
    public Map<Dimension, List<BreakdownRow>> breakdowns(ReportFilter filter) throws SQLException {
        Scope sql = new Scope("dashboard breakdowns").partitions(filter);
        if (wholeMonths(filter)) {
            // by one code at a time and by month of cancellation (V018): for a period ending on a month's last day,
            // "not cancelled by its last day" is "not cancelled in its last month or before"
            sql.append(" select kind, dimension, code, sum(amount) from report_breakdown_month"
                    + " where partition_id = any(array(select id from parts)) and month >= ? and month <= ?"
                    + " and (cancelled_month is null or cancelled_month > ?)"
                    + " group by kind, dimension, code having sum(amount) <> 0",
                    filter.from(), filter.to(), YearMonth.from(filter.to()).atDay(1));
        } else {
            sql.records(filter)
                    // summed by the three codes at once first (a few hundred groups), then by each: the three grouping
                    // sets over every rollup row hashed them three times (all rounds, whole life, 40,000 rows: a third faster)
                    .append("select kind, case when grouping(qualification_level) = 0 then 'L'"
                            + " when grouping(occupational_category) = 0 then 'C' else 'T' end,"
                            + " case when grouping(qualification_level) = 0 then qualification_level::text"
                            + " when grouping(occupational_category) = 0 then occupational_category else contract_type end, sum(amount)"
                            + " from (select kind, qualification_level, occupational_category, contract_type, sum(amount) as amount"
                            + " from rec where kind in ('P', 'J') group by 1, 2, 3, 4) g"
                            + " group by kind, grouping sets ((qualification_level), (occupational_category), (contract_type))"
                            + " having sum(amount) <> 0");
        }
        // (dimension, code or "" for not given) -> [positions, jobs]
        Map<Dimension, Map<String, long[]>> counts = new EnumMap<>(Dimension.class);
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Dimension dimension = switch (rs.getString(2)) {
                    case "L" -> Dimension.QUALIFICATION_LEVEL;
                    case "C" -> Dimension.OCCUPATIONAL_CATEGORY;
                    default -> Dimension.CONTRACT_TYPE;
                };
                String code = rs.getString(3);
                long[] cell = counts.computeIfAbsent(dimension, d -> new HashMap<>())
                        .computeIfAbsent(code == null ? "" : code, c -> new long[2]);
                cell["P".equals(rs.getString(1)) ? 0 : 1] += rs.getLong(4);
            }
        }
        Map<Dimension, List<BreakdownRow>> rows = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            Map<String, long[]> cells = counts.getOrDefault(dimension, Map.of());
            List<BreakdownRow> lines = new ArrayList<>();
            for (String[] reference : reference(dimension)) {
                long[] cell = cells.getOrDefault(reference[0], new long[2]);
                lines.add(new BreakdownRow(dimension, reference[0], reference[1], reference[2], cell[0], cell[1]));
            }
            long[] unknown = cells.get("");
            if (unknown != null) {
                lines.add(new BreakdownRow(dimension, null, null, null, unknown[0], unknown[1]));
            }
            rows.put(dimension, List.copyOf(lines));
        }
        return rows;
    }

    private List<String[]> reference(Dimension dimension) throws SQLException {
        String sql = switch (dimension) {
            case QUALIFICATION_LEVEL -> "select level::text, label_fr, label_en from qualification_level order by level";
            case OCCUPATIONAL_CATEGORY -> "select code, label_fr, label_en from occupational_category order by sort_order";
            case CONTRACT_TYPE -> "select code, label_fr, label_en from contract_type order by sort_order";
        };
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        return rows;
    }

    /**
     * Month by month over the period (the first and last months cut to the period): distinct companies
     * contacted, diagnosed and supported in the month, positions identified and jobs filled in the month.
     * Months after today show no company: an open support period is not counted ahead.
     * <p>
     * Companies of a whole month are the sum of the month changes of the partitions up to it
     * ({@code report_company_month}); so are those of the month today cuts, less the companies active in it only
     * after today (V017); a month cut by the period is counted on the activity rows.
     * Positions and jobs come from {@link Scope#records}.
     */
    public List<MonthRow> months(ReportFilter filter) throws SQLException {
        LocalDate today = LocalDate.now();
        Map<YearMonth, long[]> months = new TreeMap<>();
        List<YearMonth> cut = new ArrayList<>();
        YearMonth lastWhole = null;
        Scope sql = new Scope("dashboard months").partitions(filter).recordTotals(filter)
                .append("select 'R', kind, month, sum(amount) from rec where kind in ('P', 'J') group by kind, month");
        // the months a period or today cuts: their companies counted in one pass over the activity rows, each
        // count a column (count … filter), then turned into rows
        StringBuilder counts = new StringBuilder();
        StringBuilder unpivot = new StringBuilder();
        List<Object> countValues = new ArrayList<>();
        List<Object> rowValues = new ArrayList<>();
        for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())); m = m.plusMonths(1)) {
            months.put(m, new long[5]);
            LocalDate first = max(m.atDay(1), filter.from());
            LocalDate last = min(min(m.atEndOfMonth(), filter.to()), today);
            if (last.isBefore(first)) {
                continue; // after today: no company counted ahead
            }
            if (first.equals(m.atDay(1)) && last.equals(m.atEndOfMonth())) {
                lastWhole = m;
            } else if (first.equals(m.atDay(1)) && last.equals(today)) {
                // cut by today only: the month's figure from the rollup, less the companies whose activity in
                // the month all lies after today (found by V017's index: each has a range beginning after today)
                lastWhole = m;
                sql.append(" union all select 'X', s.series, s.month, -s.n from (select"
                                + " count(*) filter (where a.contacted && m.days and not a.contacted && m.past) as c,"
                                + " count(*) filter (where a.diagnosed && m.days and not a.diagnosed && m.past) as d,"
                                + " count(*) filter (where a.supported && m.days and not a.supported && m.past) as s"
                                + " from company_activity a, (select daterange(?, ?, '[]') as days, daterange(?, ?, '[]') as past) m"
                                + " where company_activity_last_start(a.contacted, a.diagnosed, a.supported) > ?"
                                + " and a.partition_id = any(array(select id from parts))) x"
                                + " cross join lateral (values (?::date, 'C', x.c), (?::date, 'D', x.d), (?::date, 'S', x.s)) s (month, series, n)",
                        first, m.atEndOfMonth(), first, today, today, first, first, first);
            } else {
                cut.add(m);
                for (String series : List.of("contacted", "diagnosed", "supported")) {
                    String column = "n" + (countValues.size() / 2);
                    counts.append(counts.length() == 0 ? "" : ", ").append("count(*) filter (where a.").append(series)
                            .append(" && daterange(?, ?, '[]')) as ").append(column);
                    countValues.addAll(List.of(first, last));
                    unpivot.append(unpivot.length() == 0 ? "" : ", ").append("(?::date, '")
                            .append(Character.toUpperCase(series.charAt(0))).append("', x.").append(column).append(")");
                    rowValues.add(m.atDay(1));
                }
            }
        }
        if (lastWhole != null) {
            sql.append(" union all select 'A', series, month, sum(delta) from report_company_month"
                    + " where partition_id = any(array(select id from parts)) and month <= ? group by series, month", lastWhole.atDay(1));
        }
        if (!cut.isEmpty()) {
            sql.append(" union all select 'X', s.series, s.month, s.n from (select " + counts, countValues.toArray())
                    .append(" from company_activity a where a.partition_id = any(array(select id from parts))) x"
                    + " cross join lateral (values " + unpivot + ") s (month, series, n)", rowValues.toArray());
        }
        // month changes of whole months, summed from the first one up to each month
        Map<String, TreeMap<YearMonth, Long>> changes = new HashMap<>();
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String source = rs.getString(1);
                String series = rs.getString(2);
                YearMonth month = YearMonth.from(rs.getDate(3).toLocalDate());
                long value = rs.getLong(4);
                if ("A".equals(source)) {
                    changes.computeIfAbsent(series, k -> new TreeMap<>()).merge(month, value, Long::sum);
                } else if (months.containsKey(month)) {
                    months.get(month)["CDSPJ".indexOf(series)] += value;
                }
            }
        }
        for (String series : List.of("C", "D", "S")) {
            int column = "CDS".indexOf(series);
            Iterator<Map.Entry<YearMonth, Long>> change = changes.getOrDefault(series, new TreeMap<>()).entrySet().iterator();
            Map.Entry<YearMonth, Long> next = change.hasNext() ? change.next() : null;
            long running = 0;
            for (Map.Entry<YearMonth, long[]> month : months.entrySet()) {
                while (next != null && !next.getKey().isAfter(month.getKey())) {
                    running += next.getValue();
                    next = change.hasNext() ? change.next() : null;
                }
                if (lastWhole != null && !month.getKey().isAfter(lastWhole) && !cut.contains(month.getKey())) {
                    month.getValue()[column] += running; // after the correction of the month today cuts, if any
                }
            }
        }
        List<MonthRow> rows = new ArrayList<>(months.size());
        months.forEach((m, v) -> rows.add(new MonthRow(m, v[0], v[1], v[2], v[3], v[4])));
        return rows;
    }

    /** A period from a month's first day to a month's last day: the rollups' months cover it exactly. */
    private static boolean wholeMonths(ReportFilter filter) {
        return filter.from().getDayOfMonth() == 1 && filter.to().equals(YearMonth.from(filter.to()).atEndOfMonth());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** How many records {@link #records} lists (for the companies' figures, the figure itself). */
    public long countRecords(Figure figure, ReportFilter filter, Detail detail) throws SQLException {
        Scope sql = recordsQuery(figure, filter, detail, true);
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The records behind a figure, in a stable order (companies by name, the rest newest first),
     * {@code limit} of them from {@code offset} (a negative limit: all), each handed to {@code sink}.
     */
    public void records(Figure figure, ReportFilter filter, Detail detail, int offset, int limit,
                        Consumer<RecordTable.Row> sink) throws SQLException {
        Scope sql = recordsQuery(figure, filter, detail, false);
        if (limit >= 0) {
            sql.append(" limit ? offset ?", limit, offset);
        }
        try (PreparedStatement statement = sql.prepare(connection)) {
            statement.setFetchSize(500);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sink.accept(row(figure.records(), rs));
                }
            }
        }
    }

    private static Scope recordsQuery(Figure figure, ReportFilter filter, Detail detail, boolean count) {
        Scope sql = new Scope("records of " + figure.name() + (count ? " (count)" : "")).companies(filter);
        switch (figure.records()) {
            case COMPANIES -> {
                String column = switch (figure) {
                    case DIAGNOSTICS -> "diagnosed";
                    case COMPANIES_SUPPORTED -> "supported";
                    default -> "contacted";
                };
                sql.append(count ? "select count(*)" : "select c.id, c.name, c.siret, c.commune, c.department_code, c.stage, u.display_name")
                        .append(" from company c join scope s on s.id = c.id join company_activity a on a.company_id = c.id"
                                + " left join app_user u on u.id = c.officer_id"
                                + " where a." + column + " && daterange(?, ?, '[]')", filter.from(), filter.to());
                if (!count) {
                    sql.append(" order by c.normalized_name, c.id");
                }
            }
            case RECRUITMENTS -> {
                sql.append(count ? "select count(*)" : "select r.id, r.identified_on, co.name, r.job_title, r.rome_code,"
                                + " ql.label_fr, ql.label_en, oc.label_fr, oc.label_en, ct.label_fr, ct.label_en,"
                                + " r.positions, r.status, r.cancelled_on, r.source")
                        .append(" from recruitment r join scope s on s.id = r.company_id join company co on co.id = r.company_id"
                                + " left join qualification_level ql on ql.level = r.qualification_level"
                                + " left join occupational_category oc on oc.code = r.occupational_category"
                                + " left join contract_type ct on ct.code = r.contract_type"
                                + " where r.identified_on between ? and ? and (r.cancelled_on is null or r.cancelled_on > ?)",
                                filter.from(), filter.to(), filter.to());
                detail(sql, "r", figure, detail);
                if (!count) {
                    sql.append(" order by r.identified_on desc, r.id desc");
                }
            }
            case FILLED_JOBS -> {
                sql.append(count ? "select count(*)" : "select f.id, f.filled_on, co.name, r.job_title,"
                                + " ct.label_fr, ct.label_en, ql.label_fr, ql.label_en, oc.label_fr, oc.label_en,"
                                + " f.origin, f.consolidated, f.recruitment_id, f.company_id")
                        .append(" from filled_job f join scope s on s.id = f.company_id join company co on co.id = f.company_id"
                                + " left join recruitment r on r.id = f.recruitment_id"
                                + " join qualification_level ql on ql.level = f.qualification_level"
                                + " join occupational_category oc on oc.code = f.occupational_category"
                                + " join contract_type ct on ct.code = f.contract_type"
                                + " where f.filled_on between ? and ?", filter.from(), filter.to());
                detail(sql, "f", figure, detail);
                if (!count) {
                    sql.append(" order by f.filled_on desc, f.id desc");
                }
            }
            case MEETINGS -> {
                sql.append(count ? "select count(*)" : "select m.id, m.held_on, m.partner_kind, m.partner_name, m.subject,"
                                + " pr.name, m.department_code")
                        .append(" from partner_meeting m left join programme_round pr on pr.id = m.round_id"
                                + " where m.held_on between ? and ?", filter.from(), filter.to())
                        .ownRoundAndDepartment("m", filter);
                if (!count) {
                    sql.append(" order by m.held_on desc, m.id desc");
                }
            }
            case FORUMS -> {
                sql.append(count ? "select count(*)" : "select j.id, j.held_on, j.name, j.venue, j.commune, j.department_code")
                        .append(" from job_forum j where j.held_on between ? and ?", filter.from(), filter.to())
                        .ownRoundAndDepartment("j", filter);
                if (!count) {
                    sql.append(" order by j.held_on desc, j.id desc");
                }
            }
            case INTRODUCTIONS -> {
                sql.append(count ? "select count(*)" : "select i.id, i.made_on, co.name, i.target_kind,"
                                + " coalesce(tc.name, i.target_name), i.purpose, i.outcome, i.company_id")
                        .append(" from introduction i join scope s on s.id = i.company_id join company co on co.id = i.company_id"
                                + " left join company tc on tc.id = i.target_company_id"
                                + " where i.made_on between ? and ?", filter.from(), filter.to());
                if (!count) {
                    sql.append(" order by i.made_on desc, i.id desc");
                }
            }
            default -> throw new IllegalStateException(figure.records().name());
        }
        return sql;
    }

    private static void detail(Scope sql, String alias, Figure figure, Detail detail) {
        if (detail == null || !detail.appliesTo(figure)) {
            return;
        }
        String column = alias + "." + detail.dimension().column();
        if (detail.code() == null) {
            sql.append(" and " + column + " is null");
        } else if (detail.dimension() == Dimension.QUALIFICATION_LEVEL) {
            sql.append(" and " + column + " = ?", Short.valueOf(detail.code()));
        } else {
            sql.append(" and " + column + " = ?", detail.code());
        }
    }

    private static RecordTable.Row row(Figure.Records records, ResultSet rs) throws SQLException {
        List<Object> cells = new ArrayList<>();
        String link;
        switch (records) {
            case COMPANIES -> {
                link = "/company/view.xhtml?id=" + rs.getLong(1);
                for (int i = 2; i <= 7; i++) {
                    cells.add(rs.getString(i));
                }
            }
            case RECRUITMENTS -> {
                link = "/recruitment/view.xhtml?id=" + rs.getLong(1);
                cells.add(date(rs, 2));
                cells.add(rs.getString(3));
                cells.add(rs.getString(4));
                cells.add(rs.getString(5));
                cells.add(label(rs, 6));
                cells.add(label(rs, 8));
                cells.add(label(rs, 10));
                cells.add(rs.getLong(12));
                cells.add(rs.getString(13));
                cells.add(date(rs, 14));
                cells.add(rs.getString(15));
            }
            case FILLED_JOBS -> {
                long recruitment = rs.getLong(13);
                link = rs.wasNull() ? "/company/view.xhtml?id=" + rs.getLong(14) : "/recruitment/view.xhtml?id=" + recruitment;
                cells.add(date(rs, 2));
                cells.add(rs.getString(3));
                cells.add(rs.getString(4));
                cells.add(label(rs, 5));
                cells.add(label(rs, 7));
                cells.add(label(rs, 9));
                cells.add(rs.getString(11));
                cells.add(rs.getBoolean(12));
            }
            case MEETINGS -> {
                link = null;
                cells.add(date(rs, 2));
                for (int i = 3; i <= 7; i++) {
                    cells.add(rs.getString(i));
                }
            }
            case FORUMS -> {
                link = null;
                cells.add(date(rs, 2));
                for (int i = 3; i <= 6; i++) {
                    cells.add(rs.getString(i));
                }
            }
            case INTRODUCTIONS -> {
                link = "/company/view.xhtml?id=" + rs.getLong(8);
                cells.add(date(rs, 2));
                for (int i = 3; i <= 7; i++) {
                    cells.add(rs.getString(i));
                }
            }
            default -> throw new IllegalStateException(records.name());
        }
        return new RecordTable.Row(link, cells);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static RecordTable.Label label(ResultSet rs, int column) throws SQLException {
        String fr = rs.getString(column);
        return fr == null ? null : new RecordTable.Label(fr, rs.getString(column + 1));
    }
}
