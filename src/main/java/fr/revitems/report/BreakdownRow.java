package fr.revitems.report;

import java.util.Locale;

/**
 * One line of a breakdown: positions sought (recruitments identified in the period, as the figure
 * counts them) and jobs filled, for one qualification level, category or contract. A null code is
 * "not given" (a recruitment may not know its level yet), and has no label: readers write their bundle's
 * {@code breakdown.notGiven}.
 */
public record BreakdownRow(Dimension dimension, String code, String labelFr, String labelEn, long positions, long jobsFilled) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }

    public boolean known() {
        return code != null;
    }
}
