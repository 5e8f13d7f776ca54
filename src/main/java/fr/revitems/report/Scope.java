package fr.revitems.report;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL pieces every figure shares, with their parameters in order: which companies a filter keeps
 * (those of the round, or of any round; of the funder's rounds; of the departments), and the same
 * round/funder/department rules for what is not a company's (partner meetings, forums). Values are
 * always bound, never written into the SQL.
 */
final class Scope {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    /**
     * A statement named in a leading comment, which pg_stat_statements and the server's logs keep: the
     * dashboard's statements all begin with the same scope and would otherwise be told apart by nobody.
     */
    Scope(String name) {
        sql.append("/* ").append(name).append(" */ ");
    }

    Scope append(String text, Object... values) {
        sql.append(text);
        parameters.addAll(List.of(values));
        return this;
    }

    /**
     * {@code with scope(id) as (…)}: the companies the filter keeps, read from their rounds (an index-only
     * scan of {@code company_round}) rather than by testing every company, joined to the company only when
     * departments are chosen.
     */
    Scope companies(ReportFilter filter) {
        append("with scope as (select distinct cr.company_id as id from company_round cr");
        if (!filter.departments().isEmpty()) {
            append(" join company c on c.id = cr.company_id and c.department_code = any(?)", (Object) filter.departments().toArray(String[]::new));
        }
        append(" where true");
        if (filter.roundId() != null) {
            append(" and cr.round_id = ?", filter.roundId());
        }
        if (filter.funder() != null) {
            append(" and cr.round_id in (select f.round_id from programme_round_funder f where f.funder = ?)", filter.funder());
        }
        return append(") ");
    }

    /** Conditions on a table with its own {@code round_id} and {@code department_code} (alias given). */
    Scope ownRoundAndDepartment(String alias, ReportFilter filter) {
        if (filter.roundId() != null) {
            append(" and " + alias + ".round_id = ?", filter.roundId());
        }
        if (filter.funder() != null) {
            append(" and " + alias + ".round_id in (select f.round_id from programme_round_funder f where f.funder = ?)", filter.funder());
        }
        if (!filter.departments().isEmpty()) {
            append(" and " + alias + ".department_code = any(?)", (Object) filter.departments().toArray(String[]::new));
        }
        return this;
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof String[] array) {
                statement.setArray(i + 1, connection.createArrayOf("varchar", array));
            } else if (value instanceof java.time.LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
