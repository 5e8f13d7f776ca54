package fr.revitems.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Days of the demo: things happen on working days. */
final class DemoDays {

    private DemoDays() {
    }

    /** The day itself, or the Monday after a weekend. */
    static LocalDate workday(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return day.plusDays(2);
        }
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    /** The day itself, or the Friday before a weekend: never later than {@code day}. */
    static LocalDate workdayBefore(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return day.minusDays(1);
        }
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }

    /** {@code day} moved to a working day, but never after {@code limit}. */
    static LocalDate capped(LocalDate day, LocalDate limit) {
        LocalDate workday = workday(day);
        return workdayBefore(workday.isAfter(limit) ? limit : workday);
    }
}
