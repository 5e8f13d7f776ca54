package fr.revitems.report;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGStatement;

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

    /**
     * {@code with parts(id) as (…)}: the partitions (V014: a set of rounds and a department) whose companies
     * are exactly those {@link #companies} keeps: those with the chosen round (and, with a funder, the round
     * is the funder's), or with any round of the funder, in the chosen departments.
     */
    Scope partitions(ReportFilter filter) {
        append("with parts as (select p.id from report_partition p where true");
        if (filter.roundId() != null) {
            append(" and ?::bigint = any(p.round_ids)", filter.roundId());
            if (filter.funder() != null) {
                append(" and exists (select 1 from programme_round_funder f where f.funder = ? and f.round_id = ?)",
                        filter.funder(), filter.roundId());
            }
        } else if (filter.funder() != null) {
            append(" and p.round_ids && array(select f.round_id from programme_round_funder f where f.funder = ?)", filter.funder());
        }
        if (!filter.departments().isEmpty()) {
            append(" and p.department_code = any(?)", (Object) filter.departments().toArray(String[]::new));
        }
        return append(")");
    }

    // The rollups and the activity rows are filtered by "partition_id = any(array(select id from parts))" rather
    // than "in (select …)": an index scan then (the rollups keep the pages their compactions emptied, which a
    // full scan reads), where the semi-join was planned as a full scan. The records of cut days, few, keep "in".

    /**
     * After {@link #partitions}: {@code , rec(kind, month, consolidated, qualification_level, occupational_category,
     * contract_type, amount) as (…)}, the positions ('P': not cancelled by the period's last day), jobs ('J') and
     * introductions ('I') of the period: its whole months from the rollup, its other days from the records.
     * Amounts are summed, never counted: the rollup's rows are additions and subtractions.
     * <p>
     * This one with the breakdowns' codes; {@link #recordTotals} without them.
     */
    Scope records(ReportFilter filter) {
        return records(filter, true);
    }

    /**
     * {@link #records} with null codes, its whole months read from {@code report_total_month} (V016), a fifth as
     * many rows: for what needs only totals by kind and month.
     */
    Scope recordTotals(ReportFilter filter) {
        return records(filter, false);
    }

    private Scope records(ReportFilter filter, boolean codes) {
        PeriodCut cut = PeriodCut.of(filter.from(), filter.to());
        append(", rec (kind, month, consolidated, qualification_level, occupational_category, contract_type, amount) as (");
        String union = "";
        if (cut.hasWholeMonths()) {
            append("select b.kind, b.month, b.consolidated, "
                    + (codes ? "b.qualification_level, b.occupational_category, b.contract_type" : "null::smallint, null::varchar, null::varchar")
                    + ", b.amount from " + (codes ? "report_record_month" : "report_total_month")
                    + " b where b.partition_id = any(array(select id from parts)) and b.month >= ? and b.month < ?"
                    + " and (b.cancelled_on is null or b.cancelled_on > ?)", cut.wholeFrom(), cut.wholeUntil(), filter.to());
            union = " union all ";
        }
        for (java.time.LocalDate[] days : cut.days()) {
            append(union + "select 'P'::char(1), date_trunc('month', r.identified_on)::date, null::boolean, r.qualification_level,"
                    + " r.occupational_category, r.contract_type, r.positions::bigint"
                    + " from recruitment r join company_activity a on a.company_id = r.company_id and a.partition_id in (select id from parts)"
                    + " where r.identified_on between ? and ? and (r.cancelled_on is null or r.cancelled_on > ?)", days[0], days[1], filter.to());
            append(" union all select 'J', date_trunc('month', f.filled_on)::date, f.consolidated, f.qualification_level,"
                    + " f.occupational_category, f.contract_type, 1"
                    + " from filled_job f join company_activity a on a.company_id = f.company_id and a.partition_id in (select id from parts)"
                    + " where f.filled_on between ? and ?", days[0], days[1]);
            append(" union all select 'I', date_trunc('month', i.made_on)::date, null, null, null, null, 1"
                    + " from introduction i join company_activity a on a.company_id = i.company_id and a.partition_id in (select id from parts)"
                    + " where i.made_on between ? and ?", days[0], days[1]);
            union = " union all ";
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

    /**
     * The statement, planned for its values at each execution. The driver would otherwise make it a named
     * server-side statement from its fifth execution on a connection, and PostgreSQL would then plan it once for
     * any values (a generic plan) after five more: a plan blind to the chosen partitions and period, which
     * summed all rounds' rollups with the sorts fit for one small round (in psql, VDM's breakdowns took 4 ms
     * planned for their values, 7 ms with the generic plan; README, "Programme dashboard"). Planning each time
     * costs a millisecond or two.
     */
    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
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
