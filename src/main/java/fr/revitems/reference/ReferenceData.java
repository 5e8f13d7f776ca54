package fr.revitems.reference;

import fr.revitems.security.AppUser;
import fr.revitems.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The reference lists the forms offer, read through the entities' second-level cache. */
@Named("reference")
@ApplicationScoped
public class ReferenceData {

    @PersistenceContext
    EntityManager em;

    public List<Department> getDepartments() {
        return em.createNamedQuery(Department.ACTIVE, Department.class).getResultList();
    }

    public List<EmsSector> getSectors() {
        return em.createNamedQuery(EmsSector.ACTIVE, EmsSector.class).getResultList();
    }

    /** The rounds the forms offer (an administrator stops offering a round once it has ended). */
    public List<ProgrammeRound> getRounds() {
        return em.createNamedQuery(ProgrammeRound.ACTIVE, ProgrammeRound.class).getResultList();
    }

    /** Every round, for the filters of lists and of the dashboard: a finished round's records and figures stay. */
    public List<ProgrammeRound> getAllRounds() {
        return em.createNamedQuery(ProgrammeRound.ALL, ProgrammeRound.class).getResultList();
    }

    /**
     * The rounds a form offers, with the ones it already holds (a round id, or an array of them) even if no
     * longer offered: editing a record of a finished round keeps its round.
     */
    public List<ProgrammeRound> offeredRounds(Object held) {
        Set<Long> kept = new HashSet<>();
        if (held instanceof Long id) {
            kept.add(id);
        } else if (held instanceof Object[] ids) {
            for (Object id : ids) {
                if (id instanceof Long value) {
                    kept.add(value);
                }
            }
        }
        if (kept.isEmpty()) {
            return getRounds();
        }
        return getAllRounds().stream().filter(r -> r.isActive() || kept.contains(r.getId())).toList();
    }

    /** The officers a company can be given to: enabled accounts with the OFFICER role. */
    public List<AppUser> getOfficers() {
        return em.createNamedQuery(AppUser.ACTIVE_WITH_ROLE, AppUser.class).setParameter("role", Role.OFFICER).getResultList();
    }

    public List<QualificationLevel> getQualificationLevels() {
        return em.createNamedQuery(QualificationLevel.ACTIVE, QualificationLevel.class).getResultList();
    }

    public List<OccupationalCategory> getOccupationalCategories() {
        return em.createNamedQuery(OccupationalCategory.ACTIVE, OccupationalCategory.class).getResultList();
    }

    public List<ContractType> getContractTypes() {
        return em.createNamedQuery(ContractType.ACTIVE, ContractType.class).getResultList();
    }

    public List<RomeCode> getRomeCodes() {
        return em.createNamedQuery(RomeCode.ACTIVE, RomeCode.class).getResultList();
    }

    public Department department(String code) {
        return code == null ? null : em.find(Department.class, code);
    }

    public EmsSector sector(String code) {
        return code == null ? null : em.find(EmsSector.class, code);
    }

    public ProgrammeRound round(Long id) {
        return id == null ? null : em.find(ProgrammeRound.class, id);
    }
}
