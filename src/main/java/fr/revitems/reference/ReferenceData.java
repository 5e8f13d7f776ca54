package fr.revitems.reference;

import fr.revitems.security.AppUser;
import fr.revitems.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

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

    public List<ProgrammeRound> getRounds() {
        return em.createNamedQuery(ProgrammeRound.ACTIVE, ProgrammeRound.class).getResultList();
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
