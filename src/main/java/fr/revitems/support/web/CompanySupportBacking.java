package fr.revitems.support.web;

import fr.revitems.company.CompanyException;
import fr.revitems.company.web.CompanyChoices;
import fr.revitems.company.web.CompanyViewBacking;
import fr.revitems.platform.web.Faces;
import fr.revitems.support.Action;
import fr.revitems.support.ActionForm;
import fr.revitems.support.ActionKind;
import fr.revitems.support.Introduction;
import fr.revitems.support.IntroductionForm;
import fr.revitems.support.IntroductionOutcome;
import fr.revitems.support.IntroductionTarget;
import fr.revitems.support.SupportService;
import fr.revitems.support.SupportTask;
import fr.revitems.support.TaskForm;
import fr.revitems.support.TaskStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/**
 * The company page's tailored support: actions, introductions and the support plan, each with its
 * dialog. The company is the one company/view.xhtml shows.
 */
@Named
@ViewScoped
public class CompanySupportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompanyViewBacking page;

    @Inject
    SupportService support;

    @Inject
    CompanyChoices choices;

    private List<Action> actions;
    private List<Introduction> introductions;
    private List<SupportTask> tasks;

    private ActionForm action = new ActionForm();
    private IntroductionForm introduction = new IntroductionForm();
    private TaskForm task = new TaskForm();

    public List<Action> getActions() {
        if (actions == null) {
            actions = support.actions(page.getId());
        }
        return actions;
    }

    public List<Introduction> getIntroductions() {
        if (introductions == null) {
            introductions = support.introductions(page.getId());
        }
        return introductions;
    }

    public List<SupportTask> getTasks() {
        if (tasks == null) {
            tasks = support.tasks(page.getId());
        }
        return tasks;
    }

    public void startAction() {
        action = new ActionForm();
    }

    public void logAction() {
        action.setDefaultFollowUpTitle(action.getKind() == null ? null
                : Faces.text("action.followUp.defaultTitle", Faces.text("ActionKind." + action.getKind())));
        try {
            support.logAction(page.getId(), action);
            Faces.info("action.message.logged");
            PrimeFaces.current().executeScript("PF('actionDialog').hide()");
            actions = null;
            tasks = null;
        } catch (CompanyException e) {
            Faces.refusal("actionForm", e);
        }
    }

    public void startIntroduction(Introduction existing) {
        introduction = existing == null ? new IntroductionForm() : IntroductionForm.of(existing);
        choices.remember(existing == null ? null : existing.otherCompanyId(page.getId()));
    }

    public void saveIntroduction() {
        try {
            support.saveIntroduction(page.getId(), introduction);
            Faces.info("introduction.message.saved");
            PrimeFaces.current().executeScript("PF('introductionDialog').hide()");
            introductions = null;
        } catch (CompanyException e) {
            Faces.refusal("introductionForm", e);
        }
    }

    public boolean isIntroducingACompany() {
        return introduction.getTargetKind() == IntroductionTarget.COMPANY;
    }

    public void startTask() {
        task = new TaskForm();
    }

    public void addTask() {
        try {
            support.addTask(page.getId(), task);
            Faces.info("task.message.added", task.getTitle());
            PrimeFaces.current().executeScript("PF('taskDialog').hide()");
            tasks = null;
        } catch (CompanyException e) {
            Faces.refusal("taskForm", e);
        }
    }

    public void changeStatus(SupportTask t, TaskStatus status) {
        try {
            support.changeStatus(t.getId(), t.getVersion(), status);
            Faces.info("task.message.status", t.getTitle(), Faces.text("TaskStatus." + status));
        } catch (CompanyException e) {
            Faces.error(e.messageKey(), e.arguments());
        }
        tasks = null;
    }

    public ActionKind[] getActionKinds() {
        return ActionKind.values();
    }

    public IntroductionTarget[] getTargetKinds() {
        return IntroductionTarget.values();
    }

    public IntroductionOutcome[] getOutcomes() {
        return IntroductionOutcome.values();
    }

    public ActionForm getAction() {
        return action;
    }

    public IntroductionForm getIntroduction() {
        return introduction;
    }

    public TaskForm getTask() {
        return task;
    }
}
