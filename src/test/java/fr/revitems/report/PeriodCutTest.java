package fr.revitems.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How a period splits into whole months (rollups) and days (records). */
class PeriodCutTest {

    private static String days(PeriodCut cut) {
        return cut.days().stream().map(d -> d[0] + ".." + d[1]).toList().toString();
    }

    @Test
    void wholeMonthsAreOnlyWholeMonths() {
        PeriodCut year = PeriodCut.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertEquals(LocalDate.of(2025, 1, 1), year.wholeFrom());
        assertEquals(LocalDate.of(2026, 1, 1), year.wholeUntil());
        assertEquals(List.of(), year.days());

        PeriodCut cut = PeriodCut.of(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 6, 29));
        assertEquals(LocalDate.of(2024, 4, 1), cut.wholeFrom());
        assertEquals(LocalDate.of(2024, 6, 1), cut.wholeUntil());
        assertEquals("[2024-03-15..2024-03-31, 2024-06-01..2024-06-29]", days(cut));

        // February of a leap year ends on the 29th
        PeriodCut february = PeriodCut.of(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 29));
        assertFalse(february.hasWholeMonths());
        assertEquals("[2024-02-10..2024-02-29]", days(february));
        assertEquals(LocalDate.of(2024, 3, 1), PeriodCut.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)).wholeUntil());
    }

    @Test
    void aPeriodWithoutAWholeMonthIsDaysOnly() {
        PeriodCut across = PeriodCut.of(LocalDate.of(2024, 1, 20), LocalDate.of(2024, 2, 10));
        assertNull(across.wholeFrom());
        assertEquals("[2024-01-20..2024-02-10]", days(across));
        assertEquals("[2024-05-05..2024-05-05]", days(PeriodCut.of(LocalDate.of(2024, 5, 5), LocalDate.of(2024, 5, 5))));
    }
}
