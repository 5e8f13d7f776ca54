package fr.revitems.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A period as the rollups see it (V014): the whole months it covers, read from the monthly rollups, and
 * the days before and after them, read from the records themselves. 15/03 to 30/06 is April to June
 * whole, and 15–31 March as days; a period inside one month is days only.
 *
 * @param wholeFrom  first day of the first whole month (null when there is none)
 * @param wholeUntil first day after the last whole month (null when there is none)
 * @param days       the days outside the whole months, as [first, last] pairs, at most two
 */
record PeriodCut(LocalDate wholeFrom, LocalDate wholeUntil, List<LocalDate[]> days) {

    static PeriodCut of(LocalDate from, LocalDate to) {
        LocalDate wholeFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate wholeUntil = to.equals(YearMonth.from(to).atEndOfMonth()) ? to.plusDays(1) : to.withDayOfMonth(1);
        if (!wholeFrom.isBefore(wholeUntil)) {
            return new PeriodCut(null, null, List.<LocalDate[]>of(new LocalDate[] {from, to}));
        }
        List<LocalDate[]> days = new ArrayList<>(2);
        if (from.isBefore(wholeFrom)) {
            days.add(new LocalDate[] {from, wholeFrom.minusDays(1)});
        }
        if (!wholeUntil.isAfter(to)) {
            days.add(new LocalDate[] {wholeUntil, to});
        }
        return new PeriodCut(wholeFrom, wholeUntil, List.copyOf(days));
    }

    boolean hasWholeMonths() {
        return wholeFrom != null;
    }
}
