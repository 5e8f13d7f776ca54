package fr.revitems.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a report is about: one programme round (or all when {@code roundId} is null), some
 * departments (all when empty), one funder (any when null) and a period, both days included.
 */
public record ReportFilter(Long roundId, List<String> departments, String funder, LocalDate from, LocalDate to) {

    public ReportFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " > " + to);
        }
        departments = departments == null ? List.of() : List.copyOf(departments);
        funder = funder == null || funder.isBlank() ? null : funder;
    }
}
