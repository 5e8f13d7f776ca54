package fr.revitems.report.web;

import fr.revitems.platform.Texts;
import fr.revitems.report.Detail;
import fr.revitems.report.Dimension;
import fr.revitems.report.Figure;
import fr.revitems.report.ReportFilter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A report in a URL, so that a dashboard, the records behind one of its figures and every export can
 * be bookmarked, shared and opened from one another: {@code round=3&dept=94,91&funder=…&from=2023-01-01
 * &to=2025-12-31&figure=JOBS_FILLED&dim=QUALIFICATION_LEVEL&code=5}. Every parameter is optional; the
 * period defaults to the round's whole life. A value that does not parse is refused with a bundle key.
 */
public record ReportRequest(ReportFilter filter, Figure figure, Detail detail) {

    private static final Pattern DEPARTMENT = Pattern.compile("2[AB]|[0-9]{2,3}");
    private static final Pattern CODE = Pattern.compile("[A-Z_]{1,16}");
    private static final Pattern LEVEL = Pattern.compile("[3-8]");
    /** Longer than any programme: a typing slip (year 2925) would otherwise compute centuries of months. */
    static final int LONGEST_PERIOD_YEARS = 30;

    /** A parameter that cannot be read; {@code key} names the message for the person. */
    public static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String key;

        Invalid(String key, String detail) {
            super(key + ": " + detail);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * @param parameter reads one request parameter (null when absent)
     * @param life      the default period of a round (null: all rounds)
     */
    public static ReportRequest parse(Function<String, String> parameter, Function<Long, LocalDate[]> life) {
        Long round = null;
        String roundText = Texts.clean(parameter.apply("round"));
        if (roundText != null) {
            try {
                round = Long.valueOf(roundText);
            } catch (NumberFormatException e) {
                throw new Invalid("report.parameter.round", roundText);
            }
        }
        List<String> departments = new ArrayList<>();
        String deptText = Texts.clean(parameter.apply("dept"));
        if (deptText != null) {
            for (String code : deptText.split(",")) {
                String department = code.trim().toUpperCase(Locale.ROOT);
                if (!DEPARTMENT.matcher(department).matches()) {
                    throw new Invalid("report.parameter.department", code);
                }
                departments.add(department);
            }
        }
        String funder = Texts.clean(parameter.apply("funder"));
        if (funder != null && funder.length() > 160) {
            throw new Invalid("report.parameter.funder", funder);
        }
        // the round's life: its default period, and null for a round that does not exist
        LocalDate[] period = life.apply(round);
        if (period == null) {
            throw new Invalid("report.parameter.round", roundText);
        }
        LocalDate from = date(parameter.apply("from"));
        LocalDate to = date(parameter.apply("to"));
        from = from == null ? period[0] : from;
        to = to == null ? period[1] : to;
        if (to.isBefore(from) || to.isAfter(from.plusYears(LONGEST_PERIOD_YEARS))) {
            throw new Invalid("report.parameter.period", from + " > " + to);
        }
        Figure figure = enumValue(Figure.class, parameter.apply("figure"), "report.parameter.figure");
        Dimension dimension = enumValue(Dimension.class, parameter.apply("dim"), "report.parameter.figure");
        Detail detail = null;
        if (dimension != null) {
            String code = Texts.clean(parameter.apply("code"));
            Pattern codes = dimension == Dimension.QUALIFICATION_LEVEL ? LEVEL : CODE;
            if (code != null && !codes.matcher(code).matches()) {
                throw new Invalid("report.parameter.figure", code);
            }
            detail = new Detail(dimension, code);
        }
        return new ReportRequest(new ReportFilter(round, departments, funder, from, to), figure, detail);
    }

    /** The filter as URL parameters (no leading '?'), the same {@link #parse} reads. */
    public static String query(ReportFilter filter) {
        StringBuilder query = new StringBuilder();
        if (filter.roundId() != null) {
            query.append("round=").append(filter.roundId()).append('&');
        }
        if (!filter.departments().isEmpty()) {
            query.append("dept=").append(encode(String.join(",", filter.departments()))).append('&');
        }
        if (filter.funder() != null) {
            query.append("funder=").append(encode(filter.funder())).append('&');
        }
        return query.append("from=").append(filter.from()).append("&to=").append(filter.to()).toString();
    }

    /** The query of the records behind a figure (and one cell of a breakdown, when {@code detail} is given). */
    public static String query(ReportFilter filter, Figure figure, Detail detail) {
        String query = query(filter) + "&figure=" + figure.name();
        if (detail != null) {
            query += "&dim=" + detail.dimension().name() + (detail.code() == null ? "" : "&code=" + encode(detail.code()));
        }
        return query;
    }

    private static LocalDate date(String text) {
        String value = Texts.clean(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Invalid("report.parameter.date", value);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String key) {
        String value = Texts.clean(text);
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> new Invalid(key, value));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
