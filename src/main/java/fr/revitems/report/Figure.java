package fr.revitems.report;

/**
 * The dashboard's figures, in the order funders read them. Each has a label and a precise definition
 * in the bundles ({@code figure.KEY} and {@code figure.KEY.definition}); {@link ProgrammeFigures}
 * is the one place that computes them, and the README quotes the definitions.
 */
public enum Figure {
    COMPANIES_CONTACTED(Records.COMPANIES),
    DIAGNOSTICS(Records.COMPANIES),
    COMPANIES_SUPPORTED(Records.COMPANIES),
    POSITIONS_IDENTIFIED(Records.RECRUITMENTS),
    JOBS_FILLED(Records.FILLED_JOBS),
    PARTNER_MEETINGS(Records.MEETINGS),
    FORUMS(Records.FORUMS),
    INTRODUCTIONS(Records.INTRODUCTIONS);

    /** What kind of record is behind a figure (a funder's "which 76?"). */
    public enum Records { COMPANIES, RECRUITMENTS, FILLED_JOBS, MEETINGS, FORUMS, INTRODUCTIONS }

    private final Records records;

    Figure(Records records) {
        this.records = records;
    }

    public Records records() {
        return records;
    }

    public String labelKey() {
        return "figure." + name();
    }

    public String definitionKey() {
        return "figure." + name() + ".definition";
    }
}
