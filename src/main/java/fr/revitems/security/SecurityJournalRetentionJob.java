package fr.revitems.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.logging.Logger;

/**
 * The security journal holds addresses and usernames (personal data): it is kept for one year,
 * long enough to investigate an incident, then deleted every night.
 */
@Singleton
public class SecurityJournalRetentionJob {

    public static final int RETENTION_DAYS = 365;
    private static final Logger LOG = Logger.getLogger(SecurityJournalRetentionJob.class.getName());

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void deleteExpired() {
        int deleted = em.createNamedQuery(SecurityEvent.DELETE_OLDER_THAN)
                .setParameter("before", OffsetDateTime.now().minusDays(RETENTION_DAYS))
                .executeUpdate();
        if (deleted > 0) {
            LOG.info(() -> "Security journal: " + deleted + " event(s) older than " + RETENTION_DAYS + " days deleted.");
        }
    }
}
