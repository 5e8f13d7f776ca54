package fr.revitems.report;

/**
 * One cell of a breakdown, to list the records behind it: a qualification level, category or contract
 * ({@code code} null for "not given"). Only positions sought and jobs filled are broken down.
 */
public record Detail(Dimension dimension, String code) {

    public boolean appliesTo(Figure figure) {
        return figure == Figure.POSITIONS_IDENTIFIED || figure == Figure.JOBS_FILLED;
    }
}
