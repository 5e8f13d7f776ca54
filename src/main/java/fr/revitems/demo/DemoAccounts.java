package fr.revitems.demo;

import fr.revitems.security.Role;

import java.util.List;

/**
 * The demo's accounts, one or more per role, with fixed passwords that the launcher prints at start.
 * Fictional people; the passwords satisfy {@link fr.revitems.security.PasswordPolicy} and are public on
 * purpose: they only ever exist in the demo database. The administrator is {@code admin}, created as
 * usual by {@code AdminBootstrap}.
 */
public final class DemoAccounts {

    /** One demo account. */
    public record Account(String username, String displayName, String email, String password, Role role) {
    }

    public static final Account CAMILLE = new Account("camille.peuplier", "Camille Peuplier",
            "camille.peuplier@cluster-demo.example.org", "demo-officer-2025", Role.OFFICER);
    public static final Account HUGO = new Account("hugo.tilleul", "Hugo Tilleul",
            "hugo.tilleul@cluster-demo.example.org", "demo-officer-2025", Role.OFFICER);
    public static final Account LEA = new Account("lea.sorbier", "Léa Sorbier",
            "lea.sorbier@cluster-demo.example.org", "demo-officer-2025", Role.OFFICER);
    public static final Account PARTNER = new Account("agence.fictiville", "Agence emploi de Fictiville",
            "contact@agence-fictiville.example.org", "demo-partner-2025", Role.PARTNER);
    public static final Account DESK = new Account("accueil.forum", "Accueil du forum",
            "accueil.forum@cluster-demo.example.org", "demo-desk-2025", Role.DESK);

    public static final List<Account> ALL = List.of(CAMILLE, HUGO, LEA, PARTNER, DESK);
    public static final List<Account> OFFICERS = List.of(CAMILLE, HUGO, LEA);

    private DemoAccounts() {
    }
}
