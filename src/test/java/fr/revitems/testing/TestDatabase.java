package fr.revitems.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Direct connections to the throwaway PostgreSQL of the integration tests, as its superuser,
 * for fixtures and for independent checks of what the application wrote. Works in the test JVM
 * (port from failsafe) and inside the server (REVITEMS_DB_URL).
 */
public final class TestDatabase {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        return connect("revitems");
    }

    /** A connection to another database of the same server (e.g. "postgres" to administer "revitems"). */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }

    public static String url(String database) {
        String port = System.getProperty("it.db.port");
        if (port != null) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }
        String appUrl = System.getenv("REVITEMS_DB_URL");
        if (appUrl == null) {
            throw new IllegalStateException("Neither it.db.port nor REVITEMS_DB_URL is set: run the tests with ./revitems test.");
        }
        return appUrl.substring(0, appUrl.lastIndexOf('/') + 1) + database;
    }
}
