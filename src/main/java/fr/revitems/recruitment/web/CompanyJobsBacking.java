package fr.revitems.recruitment.web;

import fr.revitems.company.CompanyException;
import fr.revitems.company.web.CompanyViewBacking;
import fr.revitems.platform.web.Faces;
import fr.revitems.recruitment.FilledJob;
import fr.revitems.recruitment.FilledJobForm;
import fr.revitems.recruitment.JobOrigin;
import fr.revitems.recruitment.RecruitmentService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The company page's jobs filled or consolidated, with or without an opening, and the dialog that records a
 * job consolidated thanks to the support when the company had no opening for it.
 */
@Named
@ViewScoped
public class CompanyJobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompanyViewBacking page;

    @Inject
    RecruitmentService recruitments;

    private FilledJobForm job = new FilledJobForm();
    private List<FilledJob> list;

    public List<FilledJob> getList() {
        if (list == null) {
            list = recruitments.filledJobsOfCompany(page.getId());
        }
        return list;
    }

    public void start() {
        job = new FilledJobForm();
        job.setFilledOn(LocalDate.now());
        job.setConsolidated(true);
    }

    public void record() {
        try {
            recruitments.recordConsolidatedJob(page.getId(), job);
            list = null;
            Faces.info("consolidatedJob.message.recorded");
            PrimeFaces.current().executeScript("PF('consolidatedDialog').hide()");
        } catch (CompanyException e) {
            Faces.refusal("consolidatedForm", e);
        }
    }

    /** Removes a consolidated job recorded by mistake (one filled through an opening is removed on its page). */
    public void remove(FilledJob removed) {
        try {
            recruitments.removeFilledJob(removed.getId());
            list = null;
            Faces.info("consolidatedJob.message.removed");
        } catch (CompanyException e) {
            Faces.error(e.messageKey(), e.arguments());
        }
    }

    public FilledJobForm getJob() {
        return job;
    }

    public JobOrigin[] getOrigins() {
        return JobOrigin.values();
    }
}
