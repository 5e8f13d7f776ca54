package fr.revitems.recruitment.web;

import fr.revitems.company.CompanyException;
import fr.revitems.platform.web.Faces;
import fr.revitems.platform.web.NotFound;
import fr.revitems.recruitment.FilledJob;
import fr.revitems.recruitment.FilledJobForm;
import fr.revitems.recruitment.JobOrigin;
import fr.revitems.recruitment.Recruitment;
import fr.revitems.recruitment.RecruitmentService;
import fr.revitems.recruitment.RecruitmentStatus;
import fr.revitems.recruitment.RecruitmentStatusChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** recruitment/view.xhtml: the opening, its status and history, the jobs that fill it. */
@Named
@ViewScoped
public class RecruitmentViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecruitmentService recruitments;

    private Long id;
    private Recruitment recruitment;
    private List<RecruitmentStatusChange> history;
    private List<FilledJob> filled;

    private RecruitmentStatus target;
    private String reason;
    private FilledJobForm job = new FilledJobForm();

    /** f:viewAction: loads the recruitment named by the id parameter; none or unknown is "page not found". */
    public void load() throws IOException {
        try {
            if (id != null) {
                refresh();
                return;
            }
        } catch (CompanyException notFound) {
            // answered below
        }
        recruitment = null;
        NotFound.send();
    }

    private void refresh() {
        recruitment = recruitments.find(id);
        history = recruitments.history(id);
        filled = recruitments.filledJobs(id);
    }

    public void startMove() {
        target = null;
        reason = null;
    }

    public void move() {
        try {
            recruitments.changeStatus(id, target, reason);
            Faces.info("recruitment.message.status", Faces.text("RecruitmentStatus." + target));
            PrimeFaces.current().executeScript("PF('statusDialog').hide()");
            refresh();
        } catch (CompanyException e) {
            Faces.fieldError("statusForm:" + e.field(), e.messageKey(), e.arguments());
        }
    }

    /** The statuses the officer can move this recruitment to. */
    public List<RecruitmentStatus> getTargets() {
        return Arrays.stream(RecruitmentStatus.values()).filter(s -> recruitment.getStatus().moveTo(s).allowed()).toList();
    }

    public boolean isReasonRequired() {
        return target != null && recruitment.getStatus().moveTo(target) == RecruitmentStatus.Move.NEEDS_REASON;
    }

    public void startFilledJob() {
        job = FilledJobForm.like(recruitment);
    }

    public void recordFilledJob() {
        try {
            recruitments.recordFilledJob(id, job);
            refresh();
            Faces.info("filledJob.message.recorded", filled.size(), recruitment.getPositions(),
                    Faces.text("RecruitmentStatus." + recruitment.getStatus()));
            PrimeFaces.current().executeScript("PF('filledJobDialog').hide()");
        } catch (CompanyException e) {
            Faces.refusal("filledJobForm", e);
        }
    }

    public void removeFilledJob(FilledJob removed) {
        try {
            recruitments.removeFilledJob(removed.getId());
            Faces.info("filledJob.message.removed");
        } catch (CompanyException e) {
            Faces.error(e.messageKey(), e.arguments());
        }
        refresh();
    }

    /** Positions still to fill; no more filled jobs can be recorded at zero. */
    public int getRemaining() {
        return Math.max(0, recruitment.getPositions() - filled.size());
    }

    public JobOrigin[] getOrigins() {
        return JobOrigin.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Recruitment getRecruitment() {
        return recruitment;
    }

    public List<RecruitmentStatusChange> getHistory() {
        return history;
    }

    public List<FilledJob> getFilled() {
        return filled;
    }

    public RecruitmentStatus getTarget() {
        return target;
    }

    public void setTarget(RecruitmentStatus target) {
        this.target = target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public FilledJobForm getJob() {
        return job;
    }
}
