package fr.revitems.company;

import fr.revitems.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Data freshness: contacts not confirmed up to date for a number of months, confirming them in one
 * click or in bulk, and the share of up-to-date contacts month by month (from the confirmations).
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class ContactFreshness {

    public static final int DEFAULT_MONTHS = 12;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** The oldest contacts not confirmed for that many months, at most max, of one officer's companies or (null) of all. */
    public List<FreshnessRow> stale(int months, Long officerId, int max) {
        TypedQuery<FreshnessRow> query = em.createQuery("select new fr.revitems.company.FreshnessRow(c.id,"
                        + " trim(concat(coalesce(c.firstName, ''), ' ', c.lastName)), c.email, c.phone, c.confirmedOn, co.id, co.name)"
                        + " from Contact c join c.company co where c.confirmedOn < :limit"
                        + (officerId == null ? "" : " and co.officer.id = :officer") + " order by c.confirmedOn, c.id", FreshnessRow.class)
                .setParameter("limit", LocalDate.now().minusMonths(months)).setMaxResults(max);
        return (officerId == null ? query : query.setParameter("officer", officerId)).getResultList();
    }

    public long countStale(int months, Long officerId) {
        TypedQuery<Long> query = em.createQuery("select count(c) from Contact c where c.confirmedOn < :limit"
                        + (officerId == null ? "" : " and c.company.officer.id = :officer"), Long.class)
                .setParameter("limit", LocalDate.now().minusMonths(months));
        return (officerId == null ? query : query.setParameter("officer", officerId)).getSingleResult();
    }

    /** "Still valid": the contacts are confirmed today, and each confirmation is recorded. */
    public int confirm(List<Long> contactIds) {
        LocalDate today = LocalDate.now();
        String by = session.getCallerPrincipal().getName();
        int confirmed = 0;
        for (Long id : contactIds) {
            Contact contact = em.find(Contact.class, id);
            if (contact != null) {
                contact.confirm();
                em.persist(new ContactConfirmation(id, today, by));
                confirmed++;
            }
        }
        return confirmed;
    }

    /** The last twelve month ends (this month: today), oldest first. */
    @SuppressWarnings("unchecked")
    public List<MonthlyShare> shareOverTime(int months) {
        List<Object[]> rows = em.createNativeQuery("""
                select m.month_end,
                       count(c.id),
                       count(c.id) filter (where exists (
                           select 1 from contact_confirmation cc where cc.contact_id = c.id
                              and cc.confirmed_on <= m.month_end
                              and cc.confirmed_on > m.month_end - make_interval(months => ?1)))
                  from (select least((date_trunc('month', current_date) - make_interval(months => k)
                                      + interval '1 month - 1 day')::date, current_date) as month_end
                          from generate_series(0, 11) as k) m
                  left join contact c on c.created_at::date <= m.month_end
                 group by m.month_end
                 order by m.month_end""").setParameter(1, months).getResultList();
        return rows.stream().map(r -> new MonthlyShare(((Date) r[0]).toLocalDate(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }
}
