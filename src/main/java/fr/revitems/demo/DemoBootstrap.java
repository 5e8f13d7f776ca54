package fr.revitems.demo;

import fr.revitems.security.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * In demo mode only ({@code REVITEMS_DEMO=true}, set by {@code ./revitems run --demo} and by nothing else),
 * fills an empty database with the demo programme once the schema is migrated and the administrator exists.
 * A database that already holds a company is never touched, so a restarted demo keeps its data and
 * production, which never sets the variable, never loads demo data.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "AdminBootstrap"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoBootstrap {

    private static final Logger LOG = Logger.getLogger(DemoBootstrap.class.getName());

    @Resource(lookup = "java:app/jdbc/revitems")
    DataSource dataSource;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "REVITEMS_DEMO", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void loadDemoProgramme() {
        if (!demo) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (DemoProgramme.hasCompanies(connection)) {
                LOG.info("Demo mode: the demo database already holds its programme; it is kept as it is.");
                return;
            }
            if (!DemoProgramme.hasAdministrator(connection)) {
                LOG.severe("Demo mode: the demo programme is not loaded until the administrator exists: set an"
                        + " accepted REVITEMS_ADMIN_PASSWORD (see the message above) and start the demo again.");
                return;
            }
            long start = System.nanoTime();
            DemoProgramme.load(connection, LocalDate.now(), password -> hasher.hash(password.toCharArray()));
            LOG.info(() -> "Demo mode: the demo programme (fictional companies and people) was loaded in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms.");
        } catch (SQLException e) {
            LOG.severe(() -> "Demo mode: the demo programme could not be loaded (" + e.getMessage()
                    + "); nothing of it was saved. Delete the demo's data folder and start the demo again.");
            throw new IllegalStateException("The demo programme could not be loaded.", e);
        }
    }
}
