package fr.revitems.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo's one connection and what every generator needs from it: inserts with their new id,
 * the demo accounts' and rounds' ids, and times of day in Paris (a day stored as 10:00 in Paris
 * reads as the same day in any time zone from UTC-9 to UTC+13).
 */
final class DemoWriter {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** Inserts whose rows nothing refers to, sent together by {@link #flush}: one round trip instead of thousands. */
    private final Map<String, PreparedStatement> batches = new LinkedHashMap<>();
    private final Map<String, Long> userIds = new HashMap<>();
    private final Map<String, Long> roundIds = new HashMap<>();

    DemoWriter(Connection connection) {
        this.connection = connection;
    }

    /** Runs an insert ending with {@code returning id} and answers the id. */
    long insert(String sql, Object... values) throws SQLException {
        PreparedStatement statement = prepared(sql, values);
        try (ResultSet keys = statement.executeQuery()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Queues an insert for {@link #flush}; only for rows that no later insert refers to. */
    void batch(String sql, Object... values) throws SQLException {
        PreparedStatement statement = batches.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            batches.put(sql, statement);
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    void flush() throws SQLException {
        for (PreparedStatement statement : batches.values()) {
            statement.executeBatch();
        }
    }

    long queryLong(String sql, Object... values) throws SQLException {
        try (ResultSet result = prepared(sql, values).executeQuery()) {
            if (!result.next()) {
                throw new SQLException("The demo programme needs what this query did not find: " + sql);
            }
            return result.getLong(1);
        }
    }

    private PreparedStatement prepared(String sql, Object... values) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }

    void closeStatements() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        for (PreparedStatement statement : batches.values()) {
            statement.close();
        }
        statements.clear();
        batches.clear();
    }

    void user(String username, long id) {
        userIds.put(username, id);
    }

    long userId(String username) {
        return userIds.get(username);
    }

    long roundId(String code) throws SQLException {
        Long id = roundIds.get(code);
        if (id == null) {
            id = queryLong("select id from programme_round where code = ?", code);
            roundIds.put(code, id);
        }
        return id;
    }

    static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(PARIS).toOffsetDateTime();
    }
}
