package fr.revitems.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from the registry's binaries, with its data in a folder of our choosing.
 * The application's database is called {@code revitems}; the local superuser is {@code postgres}
 * and only listens on loopback, so its password is a local throwaway. Public for tests that need a
 * database of their own without a server (e.g. the demo programme's).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "revitems";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDirectory kept between runs unless {@code clean}
     * @param port a fixed port, or 0 for any free one
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean clean) throws IOException, SQLException {
        return start(dataDirectory, port, clean, java.util.Map.of());
    }

    /** @param serverConfig further postgresql.conf settings (e.g. the test database's statement statistics) */
    static EmbeddedDatabase start(Path dataDirectory, int port, boolean clean, java.util.Map<String, String> serverConfig)
            throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        serverConfig.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
        database.createApplicationDatabase();
        return database;
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8'");
            }
        }
    }

    int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
