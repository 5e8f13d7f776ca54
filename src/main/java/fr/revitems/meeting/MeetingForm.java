package fr.revitems.meeting;

import fr.revitems.platform.Texts;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the meeting dialog edits, kept apart from the entity so that a refused save leaves everything typed
 * on screen and nothing in the database. {@link #check} holds the rules; the service calls it before
 * writing anything.
 */
public class MeetingForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Before this, a date is a typing error (the programme started in 2021). */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final int NAME_MAX = 200;
    static final int SUBJECT_MAX = 500;
    static final int NOTES_MAX = 10_000;

    private Long id;
    private int version;
    private LocalDate heldOn = LocalDate.now();
    private PartnerKind partnerKind;
    @Size(max = NAME_MAX)
    private String partnerName;
    @Size(max = SUBJECT_MAX)
    private String subject;
    private Long roundId;
    private String departmentCode;
    private Long officerId;
    @Size(max = NOTES_MAX)
    private String notes;

    public static MeetingForm of(PartnerMeeting meeting) {
        MeetingForm form = new MeetingForm();
        form.id = meeting.getId();
        form.version = meeting.getVersion();
        form.heldOn = meeting.getHeldOn();
        form.partnerKind = meeting.getPartnerKind();
        form.partnerName = meeting.getPartnerName();
        form.subject = meeting.getSubject();
        form.roundId = meeting.getRound() == null ? null : meeting.getRound().getId();
        form.departmentCode = meeting.getDepartment() == null ? null : meeting.getDepartment().getCode();
        form.officerId = meeting.getOfficer() == null ? null : meeting.getOfficer().getId();
        form.notes = meeting.getNotes();
        return form;
    }

    /**
     * Refuses the first thing wrong, naming its field. A meeting is recorded once held, so its date is not in
     * the future: the figures count meetings held, and a meeting planned is a task of the support plan.
     */
    public void check(LocalDate today) {
        if (heldOn == null) {
            throw new MeetingException("meeting.heldOn.required", "heldOn");
        }
        if (heldOn.isAfter(today)) {
            throw new MeetingException("meeting.heldOn.future", "heldOn");
        }
        if (heldOn.isBefore(EARLIEST)) {
            throw new MeetingException("meeting.heldOn.tooOld", "heldOn");
        }
        if (partnerKind == null) {
            throw new MeetingException("meeting.partnerKind.required", "partnerKind");
        }
        if (Texts.clean(partnerName) == null) {
            throw new MeetingException("meeting.partnerName.required", "partnerName");
        }
        if (Texts.clean(partnerName).length() > NAME_MAX) {
            throw new MeetingException("meeting.partnerName.tooLong", "partnerName");
        }
        if (Texts.clean(subject) == null) {
            throw new MeetingException("meeting.subject.required", "subject");
        }
        if (Texts.clean(subject).length() > SUBJECT_MAX) {
            throw new MeetingException("meeting.subject.tooLong", "subject");
        }
        if (Texts.clean(notes) != null && Texts.clean(notes).length() > NOTES_MAX) {
            throw new MeetingException("meeting.notes.tooLong", "notes");
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public PartnerKind getPartnerKind() {
        return partnerKind;
    }

    public void setPartnerKind(PartnerKind partnerKind) {
        this.partnerKind = partnerKind;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public void setPartnerName(String partnerName) {
        this.partnerName = partnerName;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
