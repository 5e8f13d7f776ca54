package fr.revitems.meeting.web;

import fr.revitems.meeting.MeetingException;
import fr.revitems.meeting.MeetingFilter;
import fr.revitems.meeting.MeetingForm;
import fr.revitems.meeting.MeetingService;
import fr.revitems.meeting.PartnerKind;
import fr.revitems.meeting.PartnerMeeting;
import fr.revitems.platform.web.Faces;
import fr.revitems.security.AppUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** programme/meetings.xhtml: meetings with employment partners, newest first, paged on the server; one dialog records or corrects one. */
@Named
@ViewScoped
public class MeetingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    private final MeetingFilter filter = new MeetingFilter();
    /** The count of the current filters, computed once per change rather than on every page. */
    private Long count;
    private MeetingForm form = new MeetingForm();
    private List<AppUser> officers = List.of();

    private final LazyDataModel<PartnerMeeting> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (count == null) {
                count = meetings.count(filter);
            }
            return count.intValue();
        }

        @Override
        public List<PartnerMeeting> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return meetings.list(filter, first, pageSize);
        }

        @Override
        public String getRowKey(PartnerMeeting meeting) {
            return String.valueOf(meeting.getId());
        }
    };

    /** A filter changed. */
    public void refresh() {
        count = null;
    }

    public void startNew() {
        form = meetings.newForm();
        open();
    }

    public void startEdit(PartnerMeeting meeting) {
        try {
            form = MeetingForm.of(meetings.find(meeting.getId()));
            open();
        } catch (MeetingException e) {
            Faces.error(e.messageKey());
            count = null;
        }
    }

    public void save() {
        boolean created = form.isNew();
        try {
            meetings.save(form);
            Faces.info(created ? "programme_meetings.message.recorded" : "programme_meetings.message.updated", form.getPartnerName().strip());
            PrimeFaces.current().executeScript("PF('meetingDialog').hide()");
            count = null;
        } catch (MeetingException e) {
            Faces.refusal("meetingForm", e);
        }
    }

    public void delete(PartnerMeeting meeting) {
        try {
            meetings.delete(meeting.getId(), meeting.getVersion());
            Faces.info("programme_meetings.message.deleted", meeting.getPartnerName());
        } catch (MeetingException e) {
            Faces.error(e.messageKey());
        }
        count = null;
    }

    private void open() {
        officers = meetings.officerChoices(form.getOfficerId());
        PrimeFaces.current().executeScript("PF('meetingDialog').show()");
    }

    public LazyDataModel<PartnerMeeting> getModel() {
        return model;
    }

    public MeetingFilter getFilter() {
        return filter;
    }

    public MeetingForm getForm() {
        return form;
    }

    public List<AppUser> getOfficers() {
        return officers;
    }

    public PartnerKind[] getPartnerKinds() {
        return PartnerKind.values();
    }
}
