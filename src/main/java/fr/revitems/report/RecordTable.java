package fr.revitems.report;

import java.util.List;
import java.util.Locale;

/**
 * The records behind a figure, as a table the page, the CSV and the XLSX all read the same way:
 * columns named by bundle keys, typed cells, and for each row the page it links to.
 */
public final class RecordTable {

    /** How a column's cells are written: numbers and dates stay numbers and dates in a spreadsheet. */
    public enum Type { TEXT, NUMBER, DATE, BOOLEAN, CODE, LABEL }

    /** A column: its header's bundle key, its type, and for CODE the bundle prefix of its values (e.g. "PipelineStage"). */
    public record Column(String key, Type type, String codePrefix) {
        static Column of(String key, Type type) {
            return new Column(key, type, null);
        }

        static Column code(String key, String prefix) {
            return new Column(key, Type.CODE, prefix);
        }
    }

    /** A label of reference data in both languages (qualification levels, categories, contracts). */
    public record Label(String fr, String en) {
        public String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : fr;
        }
    }

    /** One record: the application page it links to (context-relative, may be null) and its cells. */
    public record Row(String link, List<Object> cells) {
    }

    private RecordTable() {
    }

    static final List<Column> COMPANIES = List.of(
            Column.of("records.company", Type.TEXT), Column.of("records.siret", Type.TEXT),
            Column.of("records.commune", Type.TEXT), Column.of("records.department", Type.TEXT),
            Column.code("records.stage", "PipelineStage"), Column.of("records.officer", Type.TEXT));

    static final List<Column> RECRUITMENTS = List.of(
            Column.of("records.identifiedOn", Type.DATE), Column.of("records.company", Type.TEXT),
            Column.of("records.jobTitle", Type.TEXT), Column.of("records.rome", Type.TEXT),
            Column.of("records.level", Type.LABEL), Column.of("records.category", Type.LABEL),
            Column.of("records.contract", Type.LABEL), Column.of("records.positions", Type.NUMBER),
            Column.code("records.status", "RecruitmentStatus"), Column.of("records.cancelledOn", Type.DATE),
            Column.code("records.source", "RecruitmentSource"));

    static final List<Column> FILLED_JOBS = List.of(
            Column.of("records.filledOn", Type.DATE), Column.of("records.company", Type.TEXT),
            Column.of("records.jobTitle", Type.TEXT), Column.of("records.contract", Type.LABEL),
            Column.of("records.level", Type.LABEL), Column.of("records.category", Type.LABEL),
            Column.code("records.origin", "JobOrigin"), Column.of("records.consolidated", Type.BOOLEAN));

    static final List<Column> MEETINGS = List.of(
            Column.of("records.heldOn", Type.DATE), Column.code("records.partnerKind", "PartnerKind"),
            Column.of("records.partner", Type.TEXT), Column.of("records.subject", Type.TEXT),
            Column.of("records.round", Type.TEXT), Column.of("records.department", Type.TEXT));

    static final List<Column> FORUMS = List.of(
            Column.of("records.heldOn", Type.DATE), Column.of("records.forum", Type.TEXT),
            Column.of("records.venue", Type.TEXT), Column.of("records.commune", Type.TEXT),
            Column.of("records.department", Type.TEXT));

    static final List<Column> INTRODUCTIONS = List.of(
            Column.of("records.madeOn", Type.DATE), Column.of("records.company", Type.TEXT),
            Column.code("records.targetKind", "IntroductionTarget"), Column.of("records.target", Type.TEXT),
            Column.of("records.purpose", Type.TEXT), Column.code("records.outcome", "IntroductionOutcome"));

    public static List<Column> columns(Figure.Records records) {
        return switch (records) {
            case COMPANIES -> COMPANIES;
            case RECRUITMENTS -> RECRUITMENTS;
            case FILLED_JOBS -> FILLED_JOBS;
            case MEETINGS -> MEETINGS;
            case FORUMS -> FORUMS;
            case INTRODUCTIONS -> INTRODUCTIONS;
        };
    }
}
