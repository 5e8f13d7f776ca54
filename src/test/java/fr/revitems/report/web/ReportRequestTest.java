package fr.revitems.report.web;

import fr.revitems.report.Detail;
import fr.revitems.report.Dimension;
import fr.revitems.report.Figure;
import fr.revitems.report.ReportFilter;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The report's period and filter as a URL: defaults, what is refused, and the round trip page → URL → page. */
class ReportRequestTest {

    private static final LocalDate ROUND_START = LocalDate.of(2023, 1, 1);
    private static final LocalDate ROUND_END = LocalDate.of(2025, 12, 31);

    /** Round 7 lives 2023–2025; all rounds together 2021–2028. */
    private static final Function<Long, LocalDate[]> LIFE = round -> round == null
            ? new LocalDate[] {LocalDate.of(2021, 1, 1), LocalDate.of(2028, 12, 31)}
            : round == 7L ? new LocalDate[] {ROUND_START, ROUND_END} : null;

    @Test
    void withoutParametersTheReportCoversAllRoundsOverTheirWholeLife() {
        ReportRequest request = ReportRequest.parse(name -> null, LIFE);
        assertEquals(new ReportFilter(null, List.of(), null, LocalDate.of(2021, 1, 1), LocalDate.of(2028, 12, 31)), request.filter());
        assertNull(request.figure());
        assertNull(request.detail());
    }

    @Test
    void aRoundAloneGivesItsWholeLifeAndADateGivenKeepsTheOtherEndOfThatLife() {
        assertEquals(new ReportFilter(7L, List.of(), null, ROUND_START, ROUND_END),
                ReportRequest.parse(params("round", "7"), LIFE).filter());
        assertEquals(new ReportFilter(7L, List.of(), null, LocalDate.of(2024, 1, 1), ROUND_END),
                ReportRequest.parse(params("round", "7", "from", "2024-01-01"), LIFE).filter());
    }

    @Test
    void departmentsFunderFigureAndBreakdownCellAreRead() {
        ReportRequest request = ReportRequest.parse(params("round", "7", "dept", "94, 91,2a", "funder", "DRIEETS Île-de-France",
                "figure", "JOBS_FILLED", "dim", "QUALIFICATION_LEVEL", "code", "5"), LIFE);
        assertEquals(List.of("94", "91", "2A"), request.filter().departments());
        assertEquals("DRIEETS Île-de-France", request.filter().funder());
        assertEquals(Figure.JOBS_FILLED, request.figure());
        assertEquals(new Detail(Dimension.QUALIFICATION_LEVEL, "5"), request.detail());
    }

    @Test
    void whatCannotBeReadIsRefusedWithTheSentenceToShow() {
        assertEquals("report.parameter.round", refusal(params("round", "abc")));
        assertEquals("report.parameter.round", refusal(params("round", "999")));
        assertEquals("report.parameter.period", refusal(params("from", "2024-01-01", "to", "2925-12-31")));
        assertEquals("report.parameter.figure", refusal(params("figure", "POSITIONS_IDENTIFIED", "dim", "QUALIFICATION_LEVEL", "code", "ABC")));
        assertEquals("report.parameter.figure", refusal(params("figure", "POSITIONS_IDENTIFIED", "dim", "CONTRACT_TYPE", "code", "99999")));
        assertEquals("report.parameter.department", refusal(params("dept", "94,Paris")));
        assertEquals("report.parameter.date", refusal(params("from", "01/01/2024")));
        assertEquals("report.parameter.period", refusal(params("from", "2024-06-01", "to", "2024-05-31")));
        assertEquals("report.parameter.figure", refusal(params("figure", "EVERYTHING")));
        assertEquals("report.parameter.figure", refusal(params("figure", "JOBS_FILLED", "dim", "QUALIFICATION_LEVEL", "code", "5;drop")));
    }

    @Test
    void aPeriodOfOneDayIsAPeriodAndAFilterEndingBeforeItStartsCannotExist() {
        assertEquals(LocalDate.of(2024, 3, 1), ReportRequest.parse(params("from", "2024-03-01", "to", "2024-03-01"), LIFE).filter().to());
        assertThrows(IllegalArgumentException.class,
                () -> new ReportFilter(null, List.of(), null, LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)));
    }

    @Test
    void theUrlOfAFilterReadsBackAsTheSameFilter() {
        ReportFilter filter = new ReportFilter(7L, List.of("94", "91"), "Ville & Co", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        Detail detail = new Detail(Dimension.OCCUPATIONAL_CATEGORY, null);
        ReportRequest again = ReportRequest.parse(parse(ReportRequest.query(filter, Figure.POSITIONS_IDENTIFIED, detail)), LIFE);
        assertEquals(filter, again.filter());
        assertEquals(Figure.POSITIONS_IDENTIFIED, again.figure());
        assertEquals(detail, again.detail());
    }

    private static String refusal(Function<String, String> parameters) {
        return assertThrows(ReportRequest.Invalid.class, () -> ReportRequest.parse(parameters, LIFE)).key();
    }

    private static Function<String, String> params(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map::get;
    }

    /** Reads a query string as a servlet container does. */
    private static Function<String, String> parse(String query) {
        Map<String, String> map = new HashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            map.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return map::get;
    }
}
