package fr.revitems.forum.web;

import fr.revitems.forum.ForumException;
import fr.revitems.forum.ForumForm;
import fr.revitems.forum.ForumService;
import fr.revitems.forum.JobForum;
import fr.revitems.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/** programme/forums.xhtml: the forums held, latest first; one dialog records or corrects one. */
@Named
@ViewScoped
public class ForumsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumService forums;

    private List<JobForum> list;
    private ForumForm form = new ForumForm();

    public List<JobForum> getForums() {
        if (list == null) {
            list = forums.list();
        }
        return list;
    }

    public void startNew() {
        form = new ForumForm();
        PrimeFaces.current().executeScript("PF('forumDialog').show()");
    }

    public void startEdit(JobForum forum) {
        try {
            form = ForumForm.of(forums.find(forum.getId()));
            PrimeFaces.current().executeScript("PF('forumDialog').show()");
        } catch (ForumException e) {
            Faces.error(e.messageKey());
            list = null;
        }
    }

    public void save() {
        boolean created = form.isNew();
        try {
            forums.save(form);
            Faces.info(created ? "programme_forums.message.recorded" : "programme_forums.message.updated", form.getName().strip());
            PrimeFaces.current().executeScript("PF('forumDialog').hide()");
            list = null;
        } catch (ForumException e) {
            Faces.refusal("forumForm", e);
        }
    }

    public void delete(JobForum forum) {
        try {
            forums.delete(forum.getId(), forum.getVersion());
            Faces.info("programme_forums.message.deleted", forum.getName());
        } catch (ForumException e) {
            Faces.error(e.messageKey());
        }
        list = null;
    }

    public ForumForm getForm() {
        return form;
    }
}
