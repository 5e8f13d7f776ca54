package fr.revitems.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On the very first start (no account at all) creates the administrator {@code admin}, with the
 * password from REVITEMS_ADMIN_PASSWORD if set, otherwise a random one printed once on the console.
 * There is never a default password.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class AdminBootstrap {

    static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "REVITEMS_ADMIN_PASSWORD")
    Optional<String> configuredPassword;

    @PostConstruct
    void createFirstAdministrator() {
        long accounts = em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
        if (password != null) {
            Optional<String> problem = PasswordPolicy.problem(ADMIN, password);
            if (problem.isPresent()) {
                LOG.severe(() -> "REVITEMS_ADMIN_PASSWORD is refused (" + problem.get() + ": at least "
                        + PasswordPolicy.MIN_LENGTH + " characters, not containing 'admin'): no administrator"
                        + " was created. Set a longer password and restart.");
                return;
            }
        }
        boolean generated = password == null;
        String initial = generated ? PasswordGenerator.generate() : password;
        em.persist(new AppUser(ADMIN, "Administrateur", null, hasher.hash(initial.toCharArray()), EnumSet.of(Role.ADMIN)));
        if (generated) {
            LOG.warning(() -> "\n==================================================================\n"
                    + " First start: administrator account created.\n"
                    + "   username: " + ADMIN + "\n"
                    + "   password: " + initial + "\n"
                    + " This password is shown only once. Change it or create named accounts.\n"
                    + "==================================================================");
        } else {
            LOG.info("First start: administrator account 'admin' created with REVITEMS_ADMIN_PASSWORD.");
        }
    }
}
