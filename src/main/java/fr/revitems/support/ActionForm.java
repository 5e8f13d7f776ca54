package fr.revitems.support;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** What the "log an action" dialog edits. A follow-up date adds a task to the support plan. */
public class ActionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @PastOrPresent
    private LocalDate happenedOn = LocalDate.now();
    private ActionKind kind;
    @Min(1)
    @Max(10_080)
    private Integer durationMinutes;
    private Long officerId;
    private Long[] participantIds = new Long[0];
    @Size(max = 10_000)
    private String outcome;
    private LocalDate followUpOn;
    @Size(max = 200)
    private String followUpTitle;

    /** The follow-up's title when none is typed, in the language of the person logging the action. */
    private String defaultFollowUpTitle;

    public String getDefaultFollowUpTitle() {
        return defaultFollowUpTitle;
    }

    public void setDefaultFollowUpTitle(String defaultFollowUpTitle) {
        this.defaultFollowUpTitle = defaultFollowUpTitle;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public void setHappenedOn(LocalDate happenedOn) {
        this.happenedOn = happenedOn;
    }

    public ActionKind getKind() {
        return kind;
    }

    public void setKind(ActionKind kind) {
        this.kind = kind;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    public Long[] getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(Long[] participantIds) {
        this.participantIds = participantIds == null ? new Long[0] : participantIds;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public String getFollowUpTitle() {
        return followUpTitle;
    }

    public void setFollowUpTitle(String followUpTitle) {
        this.followUpTitle = followUpTitle;
    }
}
