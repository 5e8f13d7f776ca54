package fr.revitems.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Writes the security journal in its own transaction, so a refused login is recorded too. */
@Stateless
public class SecurityJournal {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(SecurityEvent.Kind kind, String username, String actor, String address) {
        em.persist(new SecurityEvent(kind, truncate(username), truncate(actor), truncate(address)));
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 64 ? value : value.substring(0, 64);
    }
}
