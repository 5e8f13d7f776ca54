package fr.revitems.support;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** What the introduction dialog edits: to whom, why, and (later) what came of it. */
public class IntroductionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    @PastOrPresent
    private LocalDate madeOn = LocalDate.now();
    private IntroductionTarget targetKind = IntroductionTarget.COMPANY;
    private Long targetCompanyId;
    @Size(max = 200)
    private String targetName;
    @Size(max = 2000)
    private String purpose;
    private IntroductionOutcome outcome = IntroductionOutcome.PENDING;
    @Size(max = 2000)
    private String outcomeNotes;
    private int version;

    public static IntroductionForm of(Introduction introduction) {
        IntroductionForm form = new IntroductionForm();
        form.id = introduction.getId();
        form.madeOn = introduction.getMadeOn();
        form.targetKind = introduction.getTargetKind();
        form.targetCompanyId = introduction.getTargetCompany() == null ? null : introduction.getTargetCompany().getId();
        form.targetName = introduction.getTargetName();
        form.purpose = introduction.getPurpose();
        form.outcome = introduction.getOutcome();
        form.outcomeNotes = introduction.getOutcomeNotes();
        form.version = introduction.getVersion();
        return form;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public void setMadeOn(LocalDate madeOn) {
        this.madeOn = madeOn;
    }

    public IntroductionTarget getTargetKind() {
        return targetKind;
    }

    public void setTargetKind(IntroductionTarget targetKind) {
        this.targetKind = targetKind;
    }

    public Long getTargetCompanyId() {
        return targetCompanyId;
    }

    public void setTargetCompanyId(Long targetCompanyId) {
        this.targetCompanyId = targetCompanyId;
    }

    public String getTargetName() {
        return targetName;
    }

    public void setTargetName(String targetName) {
        this.targetName = targetName;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public IntroductionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(IntroductionOutcome outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeNotes() {
        return outcomeNotes;
    }

    public void setOutcomeNotes(String outcomeNotes) {
        this.outcomeNotes = outcomeNotes;
    }

    public int getVersion() {
        return version;
    }
}
