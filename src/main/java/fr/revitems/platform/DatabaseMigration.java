package fr.revitems.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the schema to the latest version of the {@code sql/} migrations before anything else
 * touches the database. A failed migration fails the deployment: the application never runs on
 * a schema it does not know.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    public static final String LOCATION = "classpath:db/migration";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/revitems")
    private DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = configure(dataSource);
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        schemaVersion = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> "REVIT'EMS database: " + describe(dataSource) + "; schema version " + schemaVersion
                + " (" + result.migrationsExecuted + " migration(s) applied at this start)");
    }

    /** The one Flyway configuration of the application (also used by the tests on a fresh database). */
    public static Flyway configure(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .validateMigrationNaming(true)
                .load();
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    private static String describe(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            String url = meta.getURL();
            int query = url.indexOf('?');
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at "
                    + (query < 0 ? url : url.substring(0, query)) + " as " + meta.getUserName();
        } catch (SQLException e) {
            return "(unknown: " + e.getMessage() + ")";
        }
    }
}
