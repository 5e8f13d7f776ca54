package fr.revitems.diagnostic;

import fr.revitems.company.Company;
import fr.revitems.company.CompanyException;
import fr.revitems.company.CompanyService;
import fr.revitems.company.PipelineStage;
import fr.revitems.recruitment.Recruitment;
import fr.revitems.recruitment.RecruitmentSource;
import fr.revitems.reference.ContractType;
import fr.revitems.reference.OccupationalCategory;
import fr.revitems.reference.QualificationLevel;
import fr.revitems.reference.RomeCode;
import fr.revitems.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves diagnostics. One save is one transaction: the diagnostic, its identified recruitments and the
 * company's move to DIAGNOSTIC land together or not at all.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class DiagnosticService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    CompanyService companies;

    public Diagnostic find(long id) {
        Diagnostic diagnostic = em.find(Diagnostic.class, id);
        if (diagnostic == null) {
            throw new CompanyException("diagnostic.notFound", null);
        }
        return diagnostic;
    }

    public List<Diagnostic> ofCompany(long companyId) {
        return em.createNamedQuery(Diagnostic.OF_COMPANY, Diagnostic.class).setParameter("company", companyId).getResultList();
    }

    /** The planned recruitments of a diagnostic, as saved. */
    public List<Recruitment> recruitments(long diagnosticId) {
        return em.createNamedQuery(Recruitment.OF_DIAGNOSTIC, Recruitment.class).setParameter("diagnostic", diagnosticId).getResultList();
    }

    /** Every identified recruitment of the company, newest first. */
    public List<Recruitment> recruitmentsOfCompany(long companyId) {
        return em.createNamedQuery(Recruitment.OF_COMPANY, Recruitment.class).setParameter("company", companyId).getResultList();
    }

    /** The form of a saved diagnostic, its planned lines read from its recruitments. */
    public DiagnosticForm formOf(Diagnostic diagnostic) {
        return DiagnosticForm.of(diagnostic, recruitments(diagnostic.getId()).stream().map(PlannedRecruitment::of).toList());
    }

    /**
     * Saves a new diagnostic ({@code diagnosticId} null) or an edited one, turns its planned lines into
     * identified recruitments, and moves a company still in prospection to DIAGNOSTIC.
     *
     * @return the saved diagnostic
     */
    public Saved save(long companyId, Long diagnosticId, DiagnosticForm form) {
        check(form);
        Company company = companies.find(companyId);
        Diagnostic diagnostic;
        if (diagnosticId == null) {
            diagnostic = new Diagnostic(company, actor());
            diagnostic.apply(form, actor());
            em.persist(diagnostic);
            em.flush();
        } else {
            diagnostic = find(diagnosticId);
            if (!diagnostic.getCompany().getId().equals(companyId)) {
                throw new CompanyException("diagnostic.notFound", null);
            }
            if (diagnostic.getVersion() != form.getVersion()) {
                throw new CompanyException("diagnostic.changedMeanwhile", null, diagnostic.getUpdatedBy());
            }
            diagnostic.apply(form, actor());
        }
        int identified = syncRecruitments(company, diagnostic, form.getLines());
        boolean moved = false;
        if (company.getStage() == PipelineStage.PROSPECTION) {
            companies.moveStage(companyId, PipelineStage.DIAGNOSTIC, null, null);
            moved = true;
        }
        return new Saved(diagnostic.getId(), identified, moved);
    }

    /** What a save did, for the message the person sees. */
    public record Saved(long diagnosticId, int recruitments, boolean movedToDiagnostic) {
    }

    private int syncRecruitments(Company company, Diagnostic diagnostic, List<PlannedRecruitment> lines) {
        Map<Long, Recruitment> existing = new HashMap<>();
        for (Recruitment r : diagnostic.getId() == null ? List.<Recruitment>of() : recruitments(diagnostic.getId())) {
            existing.put(r.getId(), r);
        }
        int count = 0;
        for (PlannedRecruitment line : lines) {
            Recruitment recruitment = line.getId() == null ? null : existing.remove(line.getId());
            if (recruitment == null) {
                recruitment = new Recruitment(company, RecruitmentSource.DIAGNOSTIC, diagnostic.getHeldOn(), actor());
                recruitment.setDiagnosticId(diagnostic.getId());
                apply(line, recruitment, company);
                em.persist(recruitment);
                em.flush();
                em.persist(recruitment.created(actor()));
            } else if (!PlannedRecruitment.of(recruitment).isLocked()) {
                apply(line, recruitment, company);
                recruitment.setIdentifiedOn(diagnostic.getHeldOn());
            }
            count++;
        }
        for (Recruitment removed : existing.values()) {
            if (PlannedRecruitment.of(removed).isLocked()) {
                throw new CompanyException("diagnostic.line.lockedRemoved", null, removed.getJobTitle());
            }
            em.remove(removed);
        }
        return count;
    }

    private void apply(PlannedRecruitment line, Recruitment recruitment, Company company) {
        recruitment.setJobTitle(line.getJobTitle().strip());
        recruitment.setRomeCode(line.getRomeCode() == null ? null : em.find(RomeCode.class, line.getRomeCode()));
        recruitment.setQualificationLevel(em.find(QualificationLevel.class, line.getLevel()));
        recruitment.setOccupationalCategory(em.find(OccupationalCategory.class, line.getCategory()));
        ContractType type = line.getContractType() == null ? null : em.find(ContractType.class, line.getContractType());
        recruitment.setContractType(type);
        recruitment.setContractMonths(type != null && type.isHasDuration() ? line.getContractMonths() : null);
        recruitment.setPositions(line.getPositions());
        recruitment.setWishedStart(line.getWishedStart());
        recruitment.setCommune(company.getCommune());
        recruitment.setDepartment(company.getDepartment());
        recruitment.setUpdatedBy(actor());
    }

    /** The rules the page checks next to each field, checked again here: nothing half-saved. */
    static void check(DiagnosticForm form) {
        if (form.getHeldOn() == null) {
            throw new CompanyException("diagnostic.heldOn.required", "heldOn");
        }
        if (form.getHeldOn().isAfter(LocalDate.now())) {
            throw new CompanyException("diagnostic.heldOn.future", "heldOn");
        }
        List<PlannedRecruitment> lines = form.getLines();
        for (int i = 0; i < lines.size(); i++) {
            PlannedRecruitment line = lines.get(i);
            if (line.isLocked()) {
                continue;
            }
            String at = "lines:" + i + ":";
            if (line.getJobTitle() == null || line.getJobTitle().isBlank()) {
                throw new CompanyException("diagnostic.line.titleRequired", at + "jobTitle");
            }
            if (line.getLevel() == null) {
                throw new CompanyException("diagnostic.line.levelRequired", at + "level");
            }
            if (line.getCategory() == null) {
                throw new CompanyException("diagnostic.line.categoryRequired", at + "category");
            }
            if (line.getPositions() == null || line.getPositions() < 1 || line.getPositions() > 999) {
                throw new CompanyException("diagnostic.line.positionsRange", at + "positions");
            }
        }
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
