package fr.revitems.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Account administration. Every change is journaled with the administrator who made it, and the
 * last active administrator can never be disabled or lose the role (nobody could get back in).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityJournal journal;

    @Resource
    SessionContext session;

    public List<AppUser> all() {
        return em.createNamedQuery(AppUser.ALL, AppUser.class).getResultList();
    }

    /** Creates the account and returns its first password, to hand over once. */
    public String create(String username, String displayName, String email, Set<Role> roles) {
        String name = AppIdentityStore.normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("account.username.format", "username");
        }
        if (!em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", name)
                .getResultList().isEmpty()) {
            throw new AccountException("account.username.taken", "username");
        }
        String password = PasswordGenerator.generate();
        em.persist(new AppUser(name, checkedDisplayName(displayName), checkedEmail(email),
                hasher.hash(password.toCharArray()), checkedRoles(roles)));
        journal.record(SecurityEvent.Kind.USER_CREATED, name, actor(), null);
        return password;
    }

    public void update(long id, int expectedVersion, String displayName, String email, Set<Role> roles, boolean enabled) {
        AppUser user = find(id);
        if (user.getVersion() != expectedVersion) {
            throw new AccountException("account.changedMeanwhile", null);
        }
        Set<Role> newRoles = checkedRoles(roles);
        boolean losesAdmin = user.hasRole(Role.ADMIN) && user.isEnabled() && (!enabled || !newRoles.contains(Role.ADMIN));
        if (losesAdmin && activeAdmins() <= 1) {
            throw new AccountException("account.lastAdmin", null);
        }
        boolean wasEnabled = user.isEnabled();
        user.setDisplayName(checkedDisplayName(displayName));
        user.setEmail(checkedEmail(email));
        user.setRoles(newRoles);
        user.setEnabled(enabled);
        journal.record(SecurityEvent.Kind.USER_UPDATED, user.getUsername(), actor(), null);
        if (wasEnabled != enabled) {
            journal.record(enabled ? SecurityEvent.Kind.USER_ENABLED : SecurityEvent.Kind.USER_DISABLED,
                    user.getUsername(), actor(), null);
        }
    }

    /** Replaces the password with a new random one, returned to hand over once. */
    public String resetPassword(long id) {
        AppUser user = find(id);
        String password = PasswordGenerator.generate();
        user.changePasswordHash(hasher.hash(password.toCharArray()));
        journal.record(SecurityEvent.Kind.PASSWORD_RESET, user.getUsername(), actor(), null);
        return password;
    }

    /** Anyone logged in may change their own password, knowing the current one. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OFFICER_NAME, Role.PARTNER_NAME, Role.DESK_NAME})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", actor())
                .getSingleResult();
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), user.getPasswordHash())) {
            throw new AccountException("account.password.currentWrong", "current");
        }
        PasswordPolicy.problem(user.getUsername(), newPassword).ifPresent(key -> {
            throw new AccountException(key, "password");
        });
        user.changePasswordHash(hasher.hash(newPassword.toCharArray()));
        journal.record(SecurityEvent.Kind.PASSWORD_CHANGED, user.getUsername(), actor(), null);
    }

    private AppUser find(long id) {
        AppUser user = em.find(AppUser.class, id);
        if (user == null) {
            throw new AccountException("account.notFound", null);
        }
        return user;
    }

    private long activeAdmins() {
        return em.createNamedQuery(AppUser.COUNT_ACTIVE_WITH_ROLE, Long.class).setParameter("role", Role.ADMIN)
                .getSingleResult();
    }

    private static String checkedDisplayName(String displayName) {
        String value = displayName == null ? "" : displayName.strip();
        if (value.isEmpty() || value.length() > 120) {
            throw new AccountException("account.displayName.invalid", "displayName");
        }
        return value;
    }

    private static String checkedEmail(String email) {
        String value = email == null ? "" : email.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw new AccountException("account.email.invalid", "email");
        }
        return value;
    }

    private static Set<Role> checkedRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountException("account.roles.required", "roles");
        }
        return roles;
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
