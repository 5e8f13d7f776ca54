package fr.revitems.meeting;

import fr.revitems.platform.Texts;
import fr.revitems.reference.Department;
import fr.revitems.reference.ProgrammeRound;
import fr.revitems.security.AppUser;
import fr.revitems.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Working meetings with employment partners: the list, recording one, correcting or deleting one recorded
 * by mistake. Refusals are {@link MeetingException}s naming the field; each save is one transaction, and
 * a form read before someone else saved the meeting is refused rather than written over theirs.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class MeetingService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** A page of meetings, newest first. */
    public List<PartnerMeeting> list(MeetingFilter filter, int first, int size) {
        return filter.bind(em.createNamedQuery(PartnerMeeting.FILTERED, PartnerMeeting.class))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(MeetingFilter filter) {
        return filter.bind(em.createNamedQuery(PartnerMeeting.COUNT_FILTERED, Long.class)).getSingleResult();
    }

    public PartnerMeeting find(long id) {
        PartnerMeeting meeting = em.find(PartnerMeeting.class, id);
        if (meeting == null) {
            throw new MeetingException("meeting.notFound", null);
        }
        return meeting;
    }

    /** An empty form: held today, by the person recording it. */
    public MeetingForm newForm() {
        MeetingForm form = new MeetingForm();
        AppUser me = me();
        form.setOfficerId(me == null ? null : me.getId());
        return form;
    }

    public PartnerMeeting save(MeetingForm form) {
        form.check(LocalDate.now());
        PartnerMeeting meeting = form.isNew() ? new PartnerMeeting(actor()) : find(form.getId());
        if (meeting.getVersion() != form.getVersion()) {
            throw new MeetingException("meeting.changedMeanwhile", null);
        }
        ProgrammeRound round = reference(ProgrammeRound.class, form.getRoundId(), "round");
        Department department = reference(Department.class, form.getDepartmentCode(), "department");
        AppUser officer = officer(form.getOfficerId(), meeting.getOfficer());
        meeting.setHeldOn(form.getHeldOn());
        meeting.setPartnerKind(form.getPartnerKind());
        meeting.setPartnerName(Texts.clean(form.getPartnerName()));
        meeting.setSubject(Texts.clean(form.getSubject()));
        meeting.setRound(round);
        meeting.setDepartment(department);
        meeting.setOfficer(officer);
        meeting.setNotes(Texts.clean(form.getNotes()));
        if (form.isNew()) {
            em.persist(meeting);
        }
        flush();
        return meeting;
    }

    /** Deletes a meeting recorded by mistake, as it was when the list showed it. */
    public void delete(long id, int version) {
        PartnerMeeting meeting = find(id);
        if (meeting.getVersion() != version) {
            throw new MeetingException("meeting.changedMeanwhile", null);
        }
        em.remove(meeting);
        flush();
    }

    /** Who can be named as the officer: enabled officers, the person recording, and whoever the meeting names already. */
    public List<AppUser> officerChoices(Long keep) {
        List<AppUser> choices = new ArrayList<>(em.createNamedQuery(AppUser.ACTIVE_WITH_ROLE, AppUser.class)
                .setParameter("role", Role.OFFICER).getResultList());
        for (AppUser extra : new AppUser[] {me(), keep == null ? null : em.find(AppUser.class, keep)}) {
            if (extra != null && choices.stream().noneMatch(u -> u.getId().equals(extra.getId()))) {
                choices.add(extra);
            }
        }
        choices.sort(Comparator.comparing(AppUser::getDisplayName, String.CASE_INSENSITIVE_ORDER));
        return choices;
    }

    private <T> T reference(Class<T> type, Object key, String field) {
        if (key == null) {
            return null;
        }
        T found = em.find(type, key);
        if (found == null) {
            throw new MeetingException("meeting.reference.unknown", field);
        }
        return found;
    }

    /** The officer chosen; one the meeting already names is kept even if their account has since been disabled. */
    private AppUser officer(Long id, AppUser current) {
        if (id == null) {
            return null;
        }
        if (current != null && current.getId().equals(id)) {
            return current;
        }
        AppUser user = em.find(AppUser.class, id);
        if (user == null || !user.isEnabled() || !(user.hasRole(Role.OFFICER) || user.hasRole(Role.ADMIN))) {
            throw new MeetingException("meeting.officer.unknown", "officer");
        }
        return user;
    }

    /** Writes now, so that a save racing another one is refused here, with a message, rather than at commit. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new MeetingException("meeting.changedMeanwhile", null);
        }
    }

    private AppUser me() {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", actor())
                .getResultStream().findFirst().orElse(null);
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
