package fr.revitems.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The database identity store: an enabled account whose PBKDF2 hash matches gets its roles as
 * groups (mapped one to one to the container's roles). Unknown and disabled accounts cost the
 * same time as a wrong password and get the same answer, so nobody can probe which exist.
 */
@ApplicationScoped
public class AppIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = normalize(login.getCaller());
        char[] password = login.getPassword().getValue();
        AppUser user = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
        if (user == null) {
            hasher.verifyDecoy(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        boolean matches = hasher.verify(password, user.getPasswordHash());
        if (!matches || !user.isEnabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = user.getRoles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(user.getUsername(), groups);
    }

    /** Usernames are case-insensitive and stored in lower case. */
    public static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
