package fr.revitems.report;

/** The ways positions sought and jobs filled are broken down (both are needed by funders: they overlap). */
public enum Dimension {
    QUALIFICATION_LEVEL("qualification_level"),
    OCCUPATIONAL_CATEGORY("occupational_category"),
    CONTRACT_TYPE("contract_type");

    private final String column;

    Dimension(String column) {
        this.column = column;
    }

    /** The column of both {@code recruitment} and {@code filled_job} (same name, same codes). */
    String column() {
        return column;
    }

    public String labelKey() {
        return "dimension." + name();
    }
}
