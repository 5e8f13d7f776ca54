package fr.revitems.recruitment;

import fr.revitems.company.Company;
import fr.revitems.company.CompanyException;
import fr.revitems.company.CompanyNames;
import fr.revitems.company.CompanyService;
import fr.revitems.reference.ContractType;
import fr.revitems.reference.Department;
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
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Identified recruitments and the jobs that fill them. Every status change is journaled; recording or
 * removing a filled job sets FILLED / PARTLY_FILLED from the count, in the same transaction.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class RecruitmentService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    CompanyService companies;

    /** A page of the recruitments list, newest first, filtered by status and by job title or company name. */
    public List<Recruitment> search(RecruitmentStatus status, String text, int first, int size) {
        TypedQuery<Recruitment> query = em.createQuery("select r from Recruitment r join fetch r.company c" + where(status, text)
                + " order by r.identifiedOn desc, r.id desc", Recruitment.class);
        bind(query, status, text);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(RecruitmentStatus status, String text) {
        TypedQuery<Long> query = em.createQuery("select count(r) from Recruitment r join r.company c" + where(status, text), Long.class);
        bind(query, status, text);
        return query.getSingleResult();
    }

    private static String where(RecruitmentStatus status, String text) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and r.status = :status");
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(r.jobTitle) like :like or c.normalizedName like :name)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, RecruitmentStatus status, String text) {
        if (status != null) {
            query.setParameter("status", status);
        }
        if (text != null && !text.isBlank()) {
            String plain = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query.setParameter("like", "%" + plain + "%");
            query.setParameter("name", "%" + CompanyNames.normalize(text) + "%");
        }
    }

    public Recruitment find(long id) {
        Recruitment recruitment = em.find(Recruitment.class, id);
        if (recruitment == null) {
            throw new CompanyException("recruitment.notFound", null);
        }
        return recruitment;
    }

    public List<RecruitmentStatusChange> history(long id) {
        return em.createNamedQuery(RecruitmentStatusChange.OF_RECRUITMENT, RecruitmentStatusChange.class)
                .setParameter("recruitment", id).getResultList();
    }

    public List<FilledJob> filledJobs(long id) {
        return em.createNamedQuery(FilledJob.OF_RECRUITMENT, FilledJob.class).setParameter("recruitment", id).getResultList();
    }

    public Recruitment create(long companyId, RecruitmentForm form) {
        Company company = companies.find(companyId);
        Recruitment recruitment = new Recruitment(company, form.getSource() == null ? RecruitmentSource.SPONTANEOUS : form.getSource(),
                form.getIdentifiedOn() == null ? LocalDate.now() : form.getIdentifiedOn(), actor());
        apply(form, recruitment);
        em.persist(recruitment);
        em.flush();
        em.persist(recruitment.created(actor()));
        return recruitment;
    }

    /** Saves the form, unless someone saved the recruitment since it was read (then nothing is written). */
    public Recruitment update(long id, RecruitmentForm form) {
        Recruitment recruitment = find(id);
        if (recruitment.getVersion() != form.getVersion()) {
            throw new CompanyException("recruitment.changedMeanwhile", null, recruitment.getUpdatedBy());
        }
        long filled = filledCount(id);
        if (form.getPositions() != null && form.getPositions() < filled) {
            throw new CompanyException("recruitment.positions.belowFilled", "positions", filled);
        }
        apply(form, recruitment);
        if (form.getSource() != null) {
            recruitment.setSource(form.getSource());
        }
        if (form.getIdentifiedOn() != null) {
            recruitment.setIdentifiedOn(form.getIdentifiedOn());
        }
        follow(recruitment, filled);
        return recruitment;
    }

    /** The officer's move (share, start, cancel, reopen…), if the rules allow it; journaled. */
    public void changeStatus(long id, RecruitmentStatus target, String reason) {
        Recruitment recruitment = find(id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        switch (recruitment.getStatus().moveTo(target)) {
            case REFUSED -> throw new CompanyException("recruitment.status.refused", "target");
            case REFUSED_FOLLOWS_FILLED_JOBS -> throw new CompanyException("recruitment.status.followsFilledJobs", "target");
            case NEEDS_REASON -> {
                if (why == null) {
                    throw new CompanyException("recruitment.status.reasonRequired", "reason");
                }
            }
            case FREE -> {
                // a step forward needs no justification
            }
        }
        if (why != null && why.length() > 500) {
            throw new CompanyException("recruitment.status.reasonTooLong", "reason");
        }
        em.persist(recruitment.changeStatus(target, why, actor()));
    }

    /** Records one filled job against the recruitment; its status follows the count of filled positions. */
    public FilledJob recordFilledJob(long recruitmentId, FilledJobForm form) {
        Recruitment recruitment = find(recruitmentId);
        if (recruitment.getStatus() == RecruitmentStatus.CANCELLED) {
            throw new CompanyException("filledJob.recruitmentCancelled", null);
        }
        long filled = filledCount(recruitmentId);
        if (filled >= recruitment.getPositions()) {
            throw new CompanyException("filledJob.allFilled", null, recruitment.getPositions());
        }
        validate(form);
        FilledJob job = new FilledJob(recruitment.getCompany(), recruitmentId, form.getFilledOn(),
                em.find(ContractType.class, form.getContractType()), em.find(QualificationLevel.class, form.getLevel()),
                em.find(OccupationalCategory.class, form.getCategory()), form.getOrigin(), form.isConsolidated(), actor());
        em.persist(job);
        follow(recruitment, filled + 1);
        return job;
    }

    /**
     * Records a job kept or secured thanks to the support when the company had no opening for it: no
     * recruitment, always consolidated.
     */
    public FilledJob recordConsolidatedJob(long companyId, FilledJobForm form) {
        Company company = em.find(Company.class, companyId);
        if (company == null) {
            throw new CompanyException("company.notFound", null);
        }
        validate(form);
        FilledJob job = new FilledJob(company, null, form.getFilledOn(),
                em.find(ContractType.class, form.getContractType()), em.find(QualificationLevel.class, form.getLevel()),
                em.find(OccupationalCategory.class, form.getCategory()), form.getOrigin(), true, actor());
        em.persist(job);
        return job;
    }

    /** Every job filled or consolidated at a company, with or without an opening, newest first. */
    public List<FilledJob> filledJobsOfCompany(long companyId) {
        return em.createNamedQuery(FilledJob.OF_COMPANY, FilledJob.class).setParameter("company", companyId).getResultList();
    }

    /** What a filled job must say, whatever it fills: the first refusal names its field. */
    private static void validate(FilledJobForm form) {
        if (form.getFilledOn() == null) {
            throw new CompanyException("filledJob.date.required", "filledOn");
        }
        if (form.getFilledOn().isAfter(LocalDate.now())) {
            throw new CompanyException("filledJob.date.future", "filledOn");
        }
        if (form.getContractType() == null) {
            throw new CompanyException("filledJob.contract.required", "contract");
        }
        if (form.getLevel() == null) {
            throw new CompanyException("filledJob.level.required", "level");
        }
        if (form.getCategory() == null) {
            throw new CompanyException("filledJob.category.required", "category");
        }
        if (form.getOrigin() == null) {
            throw new CompanyException("filledJob.origin.required", "origin");
        }
    }

    /** Removes a filled job recorded by mistake; the recruitment's status follows. */
    public void removeFilledJob(long filledJobId) {
        FilledJob job = em.find(FilledJob.class, filledJobId);
        if (job == null) {
            throw new CompanyException("filledJob.notFound", null);
        }
        Long recruitmentId = job.getRecruitmentId();
        em.remove(job);
        em.flush();
        if (recruitmentId != null) {
            Recruitment recruitment = find(recruitmentId);
            follow(recruitment, filledCount(recruitmentId));
        }
    }

    public long filledCount(long recruitmentId) {
        return em.createNamedQuery(FilledJob.COUNT_OF_RECRUITMENT, Long.class).setParameter("recruitment", recruitmentId).getSingleResult();
    }

    /** Sets the status the filled positions call for, journaling the change if there is one. */
    private void follow(Recruitment recruitment, long filled) {
        if (recruitment.getStatus() == RecruitmentStatus.CANCELLED) {
            return;
        }
        RecruitmentStatus next = recruitment.getStatus().afterFilling(recruitment.getPositions(), filled);
        if (next != recruitment.getStatus()) {
            em.persist(recruitment.changeStatus(next, null, actor()));
        }
    }

    private void apply(RecruitmentForm form, Recruitment recruitment) {
        if (form.getJobTitle() == null || form.getJobTitle().isBlank()) {
            throw new CompanyException("diagnostic.line.titleRequired", "jobTitle");
        }
        if (form.getLevel() == null) {
            throw new CompanyException("diagnostic.line.levelRequired", "level");
        }
        if (form.getCategory() == null) {
            throw new CompanyException("diagnostic.line.categoryRequired", "category");
        }
        if (form.getPositions() == null || form.getPositions() < 1 || form.getPositions() > 999) {
            throw new CompanyException("diagnostic.line.positionsRange", "positions");
        }
        recruitment.setJobTitle(form.getJobTitle().strip());
        recruitment.setRomeCode(form.getRomeCode() == null ? null : em.find(RomeCode.class, form.getRomeCode()));
        recruitment.setQualificationLevel(em.find(QualificationLevel.class, form.getLevel()));
        recruitment.setOccupationalCategory(em.find(OccupationalCategory.class, form.getCategory()));
        ContractType type = form.getContractType() == null ? null : em.find(ContractType.class, form.getContractType());
        recruitment.setContractType(type);
        recruitment.setContractMonths(type != null && type.isHasDuration() ? form.getContractMonths() : null);
        recruitment.setPositions(form.getPositions());
        recruitment.setCommune(form.getCommune() == null || form.getCommune().isBlank() ? null : form.getCommune().strip());
        recruitment.setDepartment(form.getDepartmentCode() == null ? null : em.find(Department.class, form.getDepartmentCode()));
        recruitment.setWishedStart(form.getWishedStart());
        recruitment.setUpdatedBy(actor());
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
