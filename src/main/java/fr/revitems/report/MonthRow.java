package fr.revitems.report;

import java.time.YearMonth;

/**
 * One month of the trends: distinct companies contacted, diagnosed and supported that month (so they
 * do not add up to the period's figures: a company active three months counts in each), positions
 * identified and jobs filled that month (these do add up).
 */
public record MonthRow(YearMonth month, long contacted, long diagnosed, long supported, long positions, long jobsFilled) {
}
