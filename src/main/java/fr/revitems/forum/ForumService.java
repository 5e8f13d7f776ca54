package fr.revitems.forum;

import fr.revitems.platform.Texts;
import fr.revitems.reference.Department;
import fr.revitems.reference.ProgrammeRound;
import fr.revitems.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

/**
 * Job forums held: the list, recording one, correcting or deleting one recorded by mistake. Refusals are
 * {@link ForumException}s naming the field; each save is one transaction, and a form read before someone
 * else saved the forum is refused rather than written over theirs.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class ForumService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** Every forum, latest first: a handful per round. */
    public List<JobForum> list() {
        return em.createNamedQuery(JobForum.LATEST_FIRST, JobForum.class).getResultList();
    }

    public JobForum find(long id) {
        JobForum forum = em.find(JobForum.class, id);
        if (forum == null) {
            throw new ForumException("forum.notFound", null);
        }
        return forum;
    }

    public JobForum save(ForumForm form) {
        form.check(LocalDate.now());
        JobForum forum = form.isNew() ? new JobForum(actor()) : find(form.getId());
        if (forum.getVersion() != form.getVersion()) {
            throw new ForumException("forum.changedMeanwhile", null);
        }
        Department department = reference(Department.class, form.getDepartmentCode(), "department");
        ProgrammeRound round = reference(ProgrammeRound.class, form.getRoundId(), "round");
        forum.setName(Texts.clean(form.getName()));
        forum.setHeldOn(form.getHeldOn());
        forum.setVenue(Texts.clean(form.getVenue()));
        forum.setCommune(Texts.clean(form.getCommune()));
        forum.setDepartment(department);
        forum.setRound(round);
        if (form.isNew()) {
            em.persist(forum);
        }
        flush();
        return forum;
    }

    /** Deletes a forum recorded by mistake, as it was when the list showed it. */
    public void delete(long id, int version) {
        JobForum forum = find(id);
        if (forum.getVersion() != version) {
            throw new ForumException("forum.changedMeanwhile", null);
        }
        em.remove(forum);
        flush();
    }

    private <T> T reference(Class<T> type, Object key, String field) {
        if (key == null) {
            return null;
        }
        T found = em.find(type, key);
        if (found == null) {
            throw new ForumException("forum.reference.unknown", field);
        }
        return found;
    }

    /** Writes now, so that a save racing another one is refused here, with a message, rather than at commit. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ForumException("forum.changedMeanwhile", null);
        }
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
