package fr.revitems.testing.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.revitems.security.Role;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Accounts for browser tests, made through the users page as an administrator would, once per
 * test run and role (the test database lives as long as the run). The administrator's password
 * comes from REVITEMS_ADMIN_PASSWORD, set by the build.
 */
public final class Accounts {

    public static final String ADMIN_PASSWORD = System.getenv("REVITEMS_ADMIN_PASSWORD");
    private static final Map<Role, String> ROLE_LABELS = Map.of(Role.OFFICER, "Chargé(e) de mission",
            Role.PARTNER, "Partenaire emploi", Role.DESK, "Accueil forum", Role.ADMIN, "Administrateur");
    private static final Map<Role, String[]> SHARED = new EnumMap<>(Role.class);

    private final Browser browser;
    private final Pages pages;

    public Accounts(Browser browser, Pages pages) {
        this.browser = browser;
        this.pages = pages;
    }

    /** Username and password of an account with this role, shared by the tests of the run. */
    public synchronized String[] of(Role role) {
        if (role == Role.ADMIN) {
            return new String[] {"admin", ADMIN_PASSWORD};
        }
        return SHARED.computeIfAbsent(role, r -> create(r.name().toLowerCase() + "-" + shortId(), r));
    }

    /** A new account of its own, for a test that changes or locks it. */
    public String[] create(String username, Role role) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            pages.login(page, "admin", ADMIN_PASSWORD);
            return new String[] {username, pages.createUser(page, username, "Compte " + username, ROLE_LABELS.get(role))};
        }
    }

    public static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
