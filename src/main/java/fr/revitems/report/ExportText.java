package fr.revitems.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of an export, from the reader's bundle: labels, a record's cells in words (the CSV and the
 * PDF), dates as dd/MM/yyyy. A missing key of the exports is a bug and fails; a code with no label
 * (reference data newer than the bundle) is written as the code itself rather than losing the export.
 */
final class ExportText {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The part of the jobs filled that are consolidated jobs: a line of its own under that figure. */
    static final String CONSOLIDATED = "figure.JOBS_FILLED.consolidated";

    private final ResourceBundle bundle;
    private final Locale locale;

    ExportText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        // apostrophes are French punctuation in the bundles, never MessageFormat quoting (as Faces.text)
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }

    /** "Figures computed on 05/01/2026 14:30", at the offset they were computed at. */
    String computedAt(OffsetDateTime at) {
        return text("report_export.computedAt", at.format(DATE_TIME));
    }

    String code(String prefix, String code) {
        String key = prefix + "." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    String yesNo(boolean value) {
        return text(value ? "general.yes" : "general.no");
    }

    /** A breakdown line's label: the reference label in the reader's language, or "not given". */
    String label(BreakdownRow row) {
        return row.known() ? row.label(locale) : text("breakdown.notGiven");
    }

    /** One cell of a record in words; an empty string for no value. */
    String cell(RecordTable.Column column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case TEXT, NUMBER -> value.toString();
            case DATE -> ((LocalDate) value).format(DATE);
            case BOOLEAN -> yesNo((Boolean) value);
            case CODE -> code(column.codePrefix(), value.toString());
            case LABEL -> ((RecordTable.Label) value).in(locale);
        };
    }
}
