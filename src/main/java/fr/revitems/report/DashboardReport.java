package fr.revitems.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One dashboard as computed for a filter: what the page shows and the XLSX and PDF exports write.
 *
 * @param scope the filter in words, one line per criterion, in the reader's language
 *              (e.g. "Dispositif : REVIT'EMS 91", "Période : du 01/01/2023 au 31/12/2025")
 */
public record DashboardReport(ReportFilter filter, List<String> scope, FigureValues figures,
                              Map<Dimension, List<BreakdownRow>> breakdowns, List<MonthRow> months,
                              OffsetDateTime computedAt) {
}
