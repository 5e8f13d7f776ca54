package fr.revitems.support;

import fr.revitems.platform.Texts;
import fr.revitems.company.Company;
import fr.revitems.company.CompanyException;
import fr.revitems.company.CompanyService;
import fr.revitems.company.Contact;
import fr.revitems.security.AppUser;
import fr.revitems.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Tailored support of a company: actions, introductions and the support plan. Refusals are
 * {@link CompanyException}s naming the field; each save is one transaction.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class SupportService {

    /** The company page shows the latest actions; the figures count them all. */
    public static final int ACTIONS_SHOWN = 100;
    private static final Set<TaskStatus> OPEN = EnumSet.of(TaskStatus.TODO, TaskStatus.IN_PROGRESS);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    CompanyService companies;

    public List<Action> actions(long companyId) {
        return em.createNamedQuery(Action.OF_COMPANY, Action.class).setParameter("company", companyId)
                .setMaxResults(ACTIONS_SHOWN).getResultList();
    }

    public Action logAction(long companyId, ActionForm form) {
        Company company = companies.find(companyId);
        if (form.getKind() == null) {
            throw new CompanyException("action.kind.required", "kind");
        }
        LocalDate on = form.getHappenedOn();
        if (on == null) {
            throw new CompanyException("action.date.required", "happenedOn");
        }
        if (on.isAfter(LocalDate.now())) {
            throw new CompanyException("action.date.future", "happenedOn");
        }
        if (form.getFollowUpOn() != null && form.getFollowUpOn().isBefore(on)) {
            throw new CompanyException("action.followUp.beforeAction", "followUpOn");
        }
        Action action = new Action(company, form.getKind(), on, actor());
        action.setDurationMinutes(form.getDurationMinutes());
        action.setOfficer(form.getOfficerId() == null ? me() : officer(form.getOfficerId(), "officer"));
        action.setOutcome(Texts.clean(form.getOutcome()));
        for (Long contactId : form.getParticipantIds()) {
            Contact contact = em.find(Contact.class, contactId);
            if (contact == null || !contact.getCompany().getId().equals(companyId)) {
                throw new CompanyException("action.participant.unknown", "participants");
            }
            action.getParticipants().add(contact);
        }
        em.persist(action);
        if (form.getFollowUpOn() != null) {
            em.flush();
            String title = Texts.clean(form.getFollowUpTitle());
            SupportTask task = new SupportTask(company, title == null ? form.getDefaultFollowUpTitle() : title,
                    action.getOfficer() == null ? me() : action.getOfficer(), form.getFollowUpOn(), actor());
            task.setActionId(action.getId());
            em.persist(task);
        }
        return action;
    }

    /** Introductions made from this company or to it: an introduction has two ends. */
    public List<Introduction> introductions(long companyId) {
        return em.createNamedQuery(Introduction.OF_COMPANY, Introduction.class).setParameter("company", companyId).getResultList();
    }

    public Introduction saveIntroduction(long companyId, IntroductionForm form) {
        Company company = companies.find(companyId);
        if (form.getMadeOn() == null) {
            throw new CompanyException("introduction.date.required", "madeOn");
        }
        if (form.getMadeOn().isAfter(LocalDate.now())) {
            throw new CompanyException("introduction.date.future", "madeOn");
        }
        if (form.getTargetKind() == null) {
            throw new CompanyException("introduction.target.required", "targetKind");
        }
        Company other = null;
        if (form.getTargetKind() == IntroductionTarget.COMPANY) {
            if (form.getTargetCompanyId() == null) {
                throw new CompanyException("introduction.targetCompany.required", "targetCompany");
            }
            other = em.find(Company.class, form.getTargetCompanyId());
            if (other == null) {
                throw new CompanyException("introduction.targetCompany.required", "targetCompany");
            }
        } else if (Texts.clean(form.getTargetName()) == null) {
            throw new CompanyException("introduction.targetName.required", "targetName");
        }
        if (Texts.clean(form.getPurpose()) == null) {
            throw new CompanyException("introduction.purpose.required", "purpose");
        }
        Introduction introduction;
        if (form.getId() == null) {
            introduction = new Introduction(company, form.getMadeOn(), actor());
            introduction.setOfficer(me());
            em.persist(introduction);
        } else {
            introduction = em.find(Introduction.class, form.getId());
            if (introduction == null || !(introduction.getCompany().getId().equals(companyId)
                    || (introduction.getTargetCompany() != null && introduction.getTargetCompany().getId().equals(companyId)))) {
                throw new CompanyException("introduction.notFound", null);
            }
            if (introduction.getVersion() != form.getVersion()) {
                throw new CompanyException("introduction.changedMeanwhile", null);
            }
            company = introduction.getCompany();
        }
        if (other != null && other.getId().equals(company.getId())) {
            throw new CompanyException("introduction.targetCompany.same", "targetCompany");
        }
        introduction.target(form.getTargetKind(), other, Texts.clean(form.getTargetName()));
        introduction.setPurpose(Texts.clean(form.getPurpose()));
        introduction.setOutcome(form.getOutcome() == null ? IntroductionOutcome.PENDING : form.getOutcome());
        introduction.setOutcomeNotes(Texts.clean(form.getOutcomeNotes()));
        return introduction;
    }

    public Introduction introduction(long id) {
        Introduction introduction = em.find(Introduction.class, id);
        if (introduction == null) {
            throw new CompanyException("introduction.notFound", null);
        }
        return introduction;
    }

    public List<SupportTask> tasks(long companyId) {
        return em.createNamedQuery(SupportTask.OF_COMPANY, SupportTask.class).setParameter("company", companyId).getResultList();
    }

    public SupportTask addTask(long companyId, TaskForm form) {
        Company company = companies.find(companyId);
        String title = Texts.clean(form.getTitle());
        if (title == null) {
            throw new CompanyException("task.title.required", "title");
        }
        if (form.getDueOn() == null) {
            throw new CompanyException("task.due.required", "dueOn");
        }
        AppUser owner = form.getOwnerId() == null ? me() : officer(form.getOwnerId(), "owner");
        SupportTask task = new SupportTask(company, title, owner, form.getDueOn(), actor());
        em.persist(task);
        return task;
    }

    /** Marks a task done, cancelled or reopened; a stale page (someone changed it meanwhile) is refused. */
    public SupportTask changeStatus(long taskId, int version, TaskStatus status) {
        SupportTask task = em.find(SupportTask.class, taskId);
        if (task == null) {
            throw new CompanyException("task.notFound", null);
        }
        if (task.getVersion() != version) {
            throw new CompanyException("task.changedMeanwhile", null, task.getTitle());
        }
        task.changeStatus(status);
        return task;
    }

    /** The open tasks of the person logged in, by due date: "My follow-ups". */
    public List<SupportTask> myOpenTasks() {
        AppUser me = me();
        return me == null ? List.of() : em.createNamedQuery(SupportTask.OPEN_OF_OWNER, SupportTask.class)
                .setParameter("owner", me.getId()).setParameter("open", OPEN).getResultList();
    }

    /** How many of my open tasks are overdue or due by the end of this week: the menu's count. */
    public long myDueCount() {
        AppUser me = me();
        return me == null ? 0 : em.createNamedQuery(SupportTask.COUNT_DUE, Long.class).setParameter("owner", me.getId())
                .setParameter("open", OPEN).setParameter("until", endOfWeek(LocalDate.now())).getSingleResult();
    }

    /** The Sunday ending the week of {@code day}. */
    public static LocalDate endOfWeek(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    private AppUser officer(long id, String field) {
        AppUser user = em.find(AppUser.class, id);
        if (user == null || !user.isEnabled() || !(user.hasRole(Role.OFFICER) || user.hasRole(Role.ADMIN))) {
            throw new CompanyException("support.officer.unknown", field);
        }
        return user;
    }

    private AppUser me() {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", actor())
                .getResultStream().findFirst().orElse(null);
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
