package fr.revitems.company;

import fr.revitems.platform.Texts;
import fr.revitems.reference.Department;
import fr.revitems.reference.EmsSector;
import fr.revitems.reference.ProgrammeRound;
import fr.revitems.security.AppUser;
import fr.revitems.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Companies and their path through the programme. Refusals are {@link CompanyException}s naming the
 * field; a save over someone else's is a {@link ConcurrentEditException}; every stage move is journaled.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class CompanyService {

    /** Stands for "no record to leave out" in the duplicate queries (ids are positive). */
    private static final long NO_ID = -1L;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public Company find(long id) {
        Company company = em.find(Company.class, id);
        if (company == null) {
            throw new CompanyException("company.notFound", null);
        }
        return company;
    }

    /** Up to {@code max} companies whose name starts with what was typed (accents and case ignored): pickers. */
    public List<Company> nameStartsWith(String typed, int max) {
        String prefix = CompanyNames.normalize(typed == null ? "" : typed);
        if (prefix.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Company.NAME_STARTS_WITH, Company.class)
                .setParameter("prefix", prefix + "%") // normalised: letters, digits and spaces only, no LIKE wildcards
                .setMaxResults(max).getResultList();
    }

    /**
     * Companies that may be the same as the one described: same name (normalised) in the same
     * commune, or same SIREN. The person decides; the same SIRET is refused outright by create/update.
     */
    public List<Company> possibleDuplicates(CompanyForm form, Long excludeId) {
        refuseTakenSiret(CompanyIdentifiers.normalize(form.getSiret()), excludeId);
        Set<Company> candidates = new LinkedHashSet<>();
        if (form.getCommune() != null && !form.getCommune().isBlank()) {
            candidates.addAll(em.createNamedQuery(Company.SAME_NAME_AND_COMMUNE, Company.class)
                    .setParameter("name", CompanyNames.normalize(form.getName()))
                    .setParameter("commune", form.getCommune().trim())
                    .setParameter("id", excludeId == null ? NO_ID : excludeId).setMaxResults(10).getResultList());
        }
        String siren = sirenOf(form);
        if (siren != null) {
            candidates.addAll(em.createNamedQuery(Company.SAME_SIREN, Company.class)
                    .setParameter("siren", siren).setParameter("id", excludeId == null ? NO_ID : excludeId).setMaxResults(10).getResultList());
        }
        return new ArrayList<>(candidates);
    }

    public Company create(CompanyForm form) {
        Company company = new Company(form.getName().strip(), form.getKind());
        apply(form, company, null);
        em.persist(company);
        em.persist(company.entered(actor()));
        return company;
    }

    /**
     * Saves the form over the company, unless someone saved it since {@code original} was read:
     * then nothing is written and the exception says who, when and which fields they changed.
     */
    public Company update(long id, CompanyForm form, CompanyForm original) {
        Company company = find(id);
        if (company.getVersion() != form.getVersion()) {
            throw new ConcurrentEditException(company.getUpdatedBy(), company.getUpdatedAt(),
                    CompanyForm.differences(original, CompanyForm.of(company)));
        }
        company.rename(form.getName().strip());
        company.setKind(form.getKind());
        apply(form, company, id);
        return company;
    }

    /** Moves the company to another stage, if the pipeline's rules allow it, and journals the move. */
    public StageChange moveStage(long id, PipelineStage target, ClosingReason closingReason, String reason) {
        Company company = find(id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        switch (company.getStage().moveTo(target)) {
            case REFUSED_SAME_STAGE -> throw new CompanyException("company.stage.same", "target");
            case REFUSED_SKIPS_A_STEP -> throw new CompanyException("company.stage.skips", "target");
            case NEEDS_CLOSING_REASON -> {
                if (closingReason == null) {
                    throw new CompanyException("company.stage.closingReasonRequired", "closingReason");
                }
            }
            case NEEDS_REASON -> {
                if (why == null) {
                    throw new CompanyException("company.stage.reasonRequired", "reason");
                }
            }
            case FREE -> {
                // a step forward needs no justification
            }
        }
        if (why != null && why.length() > 500) {
            throw new CompanyException("company.stage.reasonTooLong", "reason");
        }
        StageChange change = company.moveTo(target, target == PipelineStage.CLOSED ? closingReason : null, why, actor());
        company.setUpdatedBy(actor());
        em.persist(change);
        return change;
    }

    public List<StageChange> history(long id) {
        return em.createNamedQuery(StageChange.OF_COMPANY, StageChange.class).setParameter("company", id).getResultList();
    }

    private void apply(CompanyForm form, Company company, Long id) {
        String siret = Texts.clean(CompanyIdentifiers.normalize(form.getSiret()));
        String siren = Texts.clean(CompanyIdentifiers.normalize(form.getSiren()));
        if (siret != null && !CompanyIdentifiers.isValidSiret(siret)) {
            throw new CompanyException("company.siret.invalid", "siret");
        }
        if (siren != null && !CompanyIdentifiers.isValidSiren(siren)) {
            throw new CompanyException("company.siren.invalid", "siren");
        }
        if (siret != null && siren != null && !siret.startsWith(siren)) {
            throw new CompanyException("company.siret.sirenMismatch", "siren");
        }
        refuseTakenSiret(siret, id);
        company.setSiret(siret);
        company.setSiren(siret != null ? CompanyIdentifiers.sirenOf(siret) : siren);
        company.setNafCode(Texts.clean(form.getNafCode()) == null ? null : form.getNafCode().trim().toUpperCase(Locale.ROOT));
        company.setStreet(Texts.clean(form.getStreet()));
        company.setPostalCode(Texts.clean(form.getPostalCode()));
        company.setCommune(Texts.clean(form.getCommune()));
        company.setDepartment(form.getDepartmentCode() == null ? null : em.find(Department.class, form.getDepartmentCode()));
        company.setOfficer(form.getOfficerId() == null ? null : em.find(AppUser.class, form.getOfficerId()));
        company.setMember(form.isMember());
        company.setMemberSince(form.isMember() ? form.getMemberSince() : null);
        company.setNotes(Texts.clean(form.getNotes()));
        company.getSectors().clear();
        for (String code : form.getSectorCodes()) {
            company.getSectors().add(em.find(EmsSector.class, code));
        }
        company.getRounds().clear();
        for (Long round : form.getRoundIds()) {
            company.getRounds().add(em.find(ProgrammeRound.class, round));
        }
        company.setUpdatedBy(actor());
    }

    /** The same SIRET twice is refused outright, naming the company that has it. */
    private void refuseTakenSiret(String siret, Long id) {
        if (siret == null || siret.isBlank()) {
            return;
        }
        for (Company other : em.createNamedQuery(Company.BY_SIRET, Company.class).setParameter("siret", siret).getResultList()) {
            if (!other.getId().equals(id)) {
                throw new CompanyException("company.siret.taken", "siret", other.getName(), other.getId());
            }
        }
    }

    private static String sirenOf(CompanyForm form) {
        String siret = CompanyIdentifiers.normalize(form.getSiret());
        if (siret != null && CompanyIdentifiers.isValidSiret(siret)) {
            return CompanyIdentifiers.sirenOf(siret);
        }
        String siren = CompanyIdentifiers.normalize(form.getSiren());
        return siren != null && CompanyIdentifiers.isValidSiren(siren) ? siren : null;
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
