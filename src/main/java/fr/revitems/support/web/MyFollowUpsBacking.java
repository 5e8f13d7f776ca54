package fr.revitems.support.web;

import fr.revitems.company.CompanyException;
import fr.revitems.platform.web.Faces;
import fr.revitems.support.SupportService;
import fr.revitems.support.SupportTask;
import fr.revitems.support.TaskStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** company/follow-ups.xhtml: my open tasks, overdue first, then this week, then later. */
@Named
@ViewScoped
public class MyFollowUpsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportService support;

    private List<SupportTask> open;

    private List<SupportTask> open() {
        if (open == null) {
            open = support.myOpenTasks();
        }
        return open;
    }

    public List<SupportTask> getOverdue() {
        LocalDate today = LocalDate.now();
        return open().stream().filter(t -> t.getDueOn().isBefore(today)).toList();
    }

    public List<SupportTask> getThisWeek() {
        LocalDate today = LocalDate.now();
        LocalDate sunday = SupportService.endOfWeek(today);
        return open().stream().filter(t -> !t.getDueOn().isBefore(today) && !t.getDueOn().isAfter(sunday)).toList();
    }

    public List<SupportTask> getLater() {
        LocalDate sunday = SupportService.endOfWeek(LocalDate.now());
        return open().stream().filter(t -> t.getDueOn().isAfter(sunday)).toList();
    }

    public void done(SupportTask task) {
        try {
            support.changeStatus(task.getId(), task.getVersion(), TaskStatus.DONE);
            Faces.info("task.message.status", task.getTitle(), Faces.text("TaskStatus.DONE"));
        } catch (CompanyException e) {
            Faces.error(e.messageKey(), e.arguments());
        }
        open = null;
    }
}
