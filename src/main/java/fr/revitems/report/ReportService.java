package fr.revitems.report;

import fr.revitems.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The dashboard's reads, on pooled connections: read-only, so no transaction is needed (SUPPORTS). A
 * dashboard is three statements (figures, breakdowns, months), run at once on three connections. Officers'
 * and administrators' only, like the pages that call it (web.xml): the figures name companies and people.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReportService {

    @Resource(lookup = "java:app/jdbc/revitems")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    /**
     * The figures, breakdowns and months of one filter; {@code scope} is the filter in the reader's words.
     * The three statements are independent and, over a large scope, each keeps a core busy for tens of
     * milliseconds: two run on the executor while this thread runs the third, so the answer waits for the
     * longest rather than for their sum. (Each already read its own snapshot, one after the other, so
     * running them at once changes nothing of what they see.)
     */
    public DashboardReport dashboard(ReportFilter filter, List<String> scope) {
        CompletableFuture<FigureValues> values = executor.supplyAsync(() -> read(filter, figures -> figures.figures(filter)));
        CompletableFuture<Map<Dimension, List<BreakdownRow>>> breakdowns =
                executor.supplyAsync(() -> read(filter, figures -> figures.breakdowns(filter)));
        List<MonthRow> months = read(filter, figures -> figures.months(filter));
        try {
            return new DashboardReport(filter, scope, values.join(), breakdowns.join(), months, OffsetDateTime.now());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private interface Read<T> {
        T from(ProgrammeFigures figures) throws SQLException;
    }

    private <T> T read(ReportFilter filter, Read<T> read) {
        try (Connection connection = dataSource.getConnection()) {
            return read.from(new ProgrammeFigures(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("The dashboard could not be computed for " + filter, e);
        }
    }

    public long countRecords(Figure figure, ReportFilter filter, Detail detail) {
        try (Connection connection = dataSource.getConnection()) {
            return new ProgrammeFigures(connection).countRecords(figure, filter, detail);
        } catch (SQLException e) {
            throw new IllegalStateException("The records of " + figure + " could not be counted for " + filter, e);
        }
    }

    /** One page of the records behind a figure. */
    public List<RecordTable.Row> records(Figure figure, ReportFilter filter, Detail detail, int offset, int limit) {
        List<RecordTable.Row> rows = new ArrayList<>(Math.max(limit, 0));
        streamRecords(figure, filter, detail, rows::add, offset, limit);
        return rows;
    }

    /** Every record behind a figure, handed one by one to {@code sink} (the exports write them as they come). */
    public void streamRecords(Figure figure, ReportFilter filter, Detail detail, Consumer<RecordTable.Row> sink) {
        streamRecords(figure, filter, detail, sink, 0, -1);
    }

    private void streamRecords(Figure figure, ReportFilter filter, Detail detail, Consumer<RecordTable.Row> sink,
                               int offset, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            // a cursor (fetch size) needs a transaction of its own on PostgreSQL
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                new ProgrammeFigures(connection).records(figure, filter, detail, offset, limit, sink);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The records of " + figure + " could not be read for " + filter, e);
        }
    }

    /**
     * The default period of a report: the round's whole life, or for all rounds from the first start to
     * the last end. A round without an end runs to today; without a start, from its first record.
     * Null for a round that does not exist.
     */
    public LocalDate[] roundLife(Long roundId) {
        String sql = "select min(starts_on), max(coalesce(ends_on, current_date)), count(*) from programme_round"
                + (roundId == null ? "" : " where id = ?");
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (roundId != null) {
                statement.setLong(1, roundId);
            }
            try (ResultSet rs = statement.executeQuery()) {
                LocalDate today = LocalDate.now();
                LocalDate from = null;
                LocalDate to = null;
                if (rs.next()) {
                    if (roundId != null && rs.getLong(3) == 0) {
                        return null;
                    }
                    from = rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate();
                    to = rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate();
                }
                if (to == null) {
                    to = today;
                }
                if (from == null || from.isAfter(to)) {
                    from = to.withDayOfYear(1);
                }
                return new LocalDate[] {from, to};
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The life of round " + roundId + " could not be read", e);
        }
    }

    /** Every funder named on a round, alphabetically. */
    public List<String> funders() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select distinct funder from programme_round_funder order by funder");
             ResultSet rs = statement.executeQuery()) {
            List<String> funders = new ArrayList<>();
            while (rs.next()) {
                funders.add(rs.getString(1));
            }
            return funders;
        } catch (SQLException e) {
            throw new IllegalStateException("The funders could not be read", e);
        }
    }
}
