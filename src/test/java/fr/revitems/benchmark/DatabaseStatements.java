package fr.revitems.benchmark;

import fr.revitems.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the database did during the measured requests (list, dashboard), from pg_stat_statements (preloaded by
 * the test database only): statements per request and their execution times, so that the
 * server time can be split into database work and the rest (Faces, JPA, network, waiting for a core).
 */
final class DatabaseStatements {

    private final List<String> lines = new ArrayList<>();
    private boolean available = true;

    void reset() {
        try (Connection connection = TestDatabase.connect(); Statement sql = connection.createStatement()) {
            sql.execute("create extension if not exists pg_stat_statements");
            sql.execute("select pg_stat_statements_reset()");
        } catch (SQLException e) {
            available = false;
            lines.add("pg_stat_statements unavailable: " + e.getMessage());
        }
    }

    /** Reads the statistics since {@link #reset()}, for this many answered list requests. */
    void snapshot(int requests) {
        snapshot(requests, "list requests");
    }

    /** Reads the statistics since {@link #reset()}, for this many answered requests of what is named. */
    void snapshot(int requests, String what) {
        if (!available) {
            return;
        }
        // statements grouped by their beginning (a page's ids differ by sort key, limit and offset)
        String query = "select sum(calls), sum(total_exec_time), sum(total_exec_time) / sum(calls), max(max_exec_time), sum(rows), q"
                + " from (select *, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) as q from pg_stat_statements"
                + " where dbid = (select oid from pg_database where datname = current_database())"
                + " and query not ilike '%pg_stat_statements%') s group by q order by 2 desc";
        long calls = 0;
        double total = 0;
        List<String> top = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                calls += rows.getLong(1);
                total += rows.getDouble(2);
                if (top.size() < 20) {
                    top.add(String.format(Locale.ROOT, "| %d | %.1f | %.2f | %.1f | %d | `%s` |", rows.getLong(1),
                            rows.getDouble(2), rows.getDouble(3), rows.getDouble(4), rows.getLong(5),
                            rows.getString(6).replace("|", "\\|")));
                }
            }
        } catch (SQLException e) {
            lines.add("pg_stat_statements could not be read: " + e.getMessage());
            return;
        }
        lines.add(String.format(Locale.ROOT, "Database during the %d measured %s: %d statements (%.1f per request),"
                + " %.0f ms of execution (%.1f ms per request).", requests, what, calls, (double) calls / Math.max(1, requests),
                total, total / Math.max(1, requests)));
        lines.add("");
        lines.add("| calls | total ms | mean ms | max ms | rows | statement |");
        lines.add("| --- | --- | --- | --- | --- | --- |");
        lines.addAll(top);
        lines.add("");
        lines.add("The most frequent statements (a cheap statement run at every request still costs a round trip):");
        lines.add("");
        lines.add("| calls per request | mean ms | statement |");
        lines.add("| --- | --- | --- |");
        lines.addAll(frequent(query.replace("order by 2 desc", "order by 1 desc"), requests));
    }

    private List<String> frequent(String query, int requests) {
        List<String> frequent = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            while (rows.next() && frequent.size() < 12) {
                frequent.add(String.format(Locale.ROOT, "| %.2f | %.2f | `%s` |", rows.getLong(1) / (double) Math.max(1, requests),
                        rows.getDouble(3), rows.getString(6).replace("|", "\\|")));
            }
        } catch (SQLException e) {
            frequent.add("(could not be read: " + e.getMessage() + ")");
        }
        return frequent;
    }

    String report() {
        return String.join("\n", lines);
    }
}
