package fr.revitems.support;

import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** What the support-plan dialog edits: a task, its owner and due date. */
public class TaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 200)
    private String title;
    private Long ownerId;
    private LocalDate dueOn;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
