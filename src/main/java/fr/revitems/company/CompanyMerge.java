package fr.revitems.company;

import fr.revitems.security.Role;
import fr.revitems.platform.web.Faces;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An administrator merges a duplicate into the company kept, in one transaction: everything recorded
 * against the duplicate (contacts, diagnostics, recruitments, actions, introductions, tasks, stage
 * history) moves over, fields the kept company lacks are taken from the duplicate, and the merge is
 * journaled in company_merge. The kept company's own values and stage win where both have one.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class CompanyMerge {

    /** Tables whose company_id moves from the duplicate to the company kept, by the bundle key naming them. */
    private static final Map<String, String> MOVED = new LinkedHashMap<>();

    static {
        MOVED.put("merge.moved.contacts", "contact");
        MOVED.put("merge.moved.diagnostics", "diagnostic");
        MOVED.put("merge.moved.recruitments", "recruitment");
        // the jobs filled at the duplicate follow its recruitments (and a consolidated job its company)
        MOVED.put("merge.moved.filledJobs", "filled_job");
        MOVED.put("merge.moved.actions", "action");
        MOVED.put("merge.moved.introductions", "introduction");
        MOVED.put("merge.moved.tasks", "support_task");
        MOVED.put("merge.moved.history", "stage_change");
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** What each company holds, by the bundle key naming it: the preview shows it before anything moves. */
    public Map<String, Long> holdings(long companyId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : MOVED.entrySet()) {
            Number n = (Number) em.createNativeQuery("select count(*) from " + table.getValue() + " where company_id = ?1")
                    .setParameter(1, companyId).getSingleResult();
            counts.put(table.getKey(), n.longValue());
        }
        return counts;
    }

    /**
     * Merges {@code duplicateId} into {@code keptId} and deletes the duplicate.
     *
     * @return what moved, by bundle key
     */
    public Map<String, Long> merge(long keptId, long duplicateId) {
        if (keptId == duplicateId) {
            throw new CompanyException("merge.same", "duplicate");
        }
        Company kept = find(keptId, "kept");
        Company duplicate = find(duplicateId, "duplicate");
        Map<String, Long> moved = holdings(duplicateId);
        String duplicateName = duplicate.getName();
        String duplicateSiret = duplicate.getSiret();
        String duplicateCommune = duplicate.getCommune();

        takeMissingFields(kept, duplicate);
        em.flush();

        // an introduction between the two would become one from the company to itself
        // (those made from the duplicate were counted in what moves, so they are taken off that count)
        em.createNativeQuery("delete from introduction where company_id = ?1 and target_company_id = ?2")
                .setParameter(1, keptId).setParameter(2, duplicateId).executeUpdate();
        int fromDuplicate = em.createNativeQuery("delete from introduction where company_id = ?1 and target_company_id = ?2")
                .setParameter(1, duplicateId).setParameter(2, keptId).executeUpdate();
        moved.merge("merge.moved.introductions", (long) -fromDuplicate, Long::sum);
        for (String table : MOVED.values()) {
            em.createNativeQuery("update " + table + " set company_id = ?1 where company_id = ?2")
                    .setParameter(1, keptId).setParameter(2, duplicateId).executeUpdate();
        }
        // the two histories now interleave: if the merged history ends elsewhere than the kept company's stage
        // (which wins), one more line brings it back, so the periods the figures read end where they should
        em.createNativeQuery("insert into stage_change (company_id, from_stage, to_stage, reason, changed_by)"
                        + " select ?1, last.to_stage, ?2, ?3, ?4 from (select to_stage from stage_change where company_id = ?1"
                        + " order by changed_at desc, id desc limit 1) last where last.to_stage <> ?2")
                .setParameter(1, keptId).setParameter(2, kept.getStage().name())
                .setParameter(3, Faces.text(Locale.FRENCH, "merge.history.reason", duplicateName)).setParameter(4, actor())
                .executeUpdate();
        em.createNativeQuery("update introduction set target_company_id = ?1 where target_company_id = ?2")
                .setParameter(1, keptId).setParameter(2, duplicateId).executeUpdate();
        em.createNativeQuery("update company_merge set kept_company_id = ?1 where kept_company_id = ?2")
                .setParameter(1, keptId).setParameter(2, duplicateId).executeUpdate();

        em.createNativeQuery("insert into company_merge (kept_company_id, merged_company_id, merged_name, merged_siret,"
                        + " merged_commune, moved, merged_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, keptId).setParameter(2, duplicateId).setParameter(3, duplicateName)
                .setParameter(4, duplicateSiret).setParameter(5, duplicateCommune)
                .setParameter(6, moved.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().substring("merge.moved.".length()))
                        .collect(Collectors.joining(", ")))
                .setParameter(7, actor()).executeUpdate();
        em.remove(duplicate);
        kept.setUpdatedBy(actor());
        return moved;
    }

    /** Identity and address fields the kept company lacks come from the duplicate; sectors and rounds are joined. */
    private void takeMissingFields(Company kept, Company duplicate) {
        if (kept.getSiret() == null && duplicate.getSiret() != null
                && (kept.getSiren() == null || duplicate.getSiret().startsWith(kept.getSiren()))) {
            String siret = duplicate.getSiret();
            duplicate.setSiret(null); // one company per SIRET, even for the instant both exist
            em.flush();
            kept.setSiret(siret);
            kept.setSiren(CompanyIdentifiers.sirenOf(siret));
        } else if (kept.getSiren() == null && kept.getSiret() == null && duplicate.getSiren() != null) {
            kept.setSiren(duplicate.getSiren());
        }
        if (kept.getNafCode() == null) {
            kept.setNafCode(duplicate.getNafCode());
        }
        if (kept.getStreet() == null && kept.getPostalCode() == null && kept.getCommune() == null) {
            kept.setStreet(duplicate.getStreet());
            kept.setPostalCode(duplicate.getPostalCode());
            kept.setCommune(duplicate.getCommune());
        }
        if (kept.getDepartment() == null) {
            kept.setDepartment(duplicate.getDepartment());
        }
        if (kept.getOfficer() == null) {
            kept.setOfficer(duplicate.getOfficer());
        }
        if (!kept.isMember() && duplicate.isMember()) {
            kept.setMember(true);
            kept.setMemberSince(duplicate.getMemberSince());
        }
        if (duplicate.getNotes() != null) {
            kept.setNotes(kept.getNotes() == null ? duplicate.getNotes() : kept.getNotes() + "\n\n" + duplicate.getNotes());
        }
        kept.getSectors().addAll(duplicate.getSectors());
        kept.getRounds().addAll(duplicate.getRounds());
    }

    private Company find(long id, String field) {
        Company company = em.find(Company.class, id);
        if (company == null) {
            throw new CompanyException("company.notFound", field);
        }
        return company;
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
