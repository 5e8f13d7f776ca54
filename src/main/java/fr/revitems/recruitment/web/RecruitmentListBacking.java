package fr.revitems.recruitment.web;

import fr.revitems.recruitment.Recruitment;
import fr.revitems.recruitment.RecruitmentService;
import fr.revitems.recruitment.RecruitmentStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** recruitment/list.xhtml: every identified recruitment, newest first, filtered by status and text, paged on the server. */
@Named
@ViewScoped
public class RecruitmentListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecruitmentService recruitments;

    private RecruitmentStatus status;
    private String text;
    /** The count of the current filters, computed once per filter change rather than on every page or sort. */
    private Long count;

    private final LazyDataModel<Recruitment> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (count == null) {
                count = recruitments.count(status, text);
            }
            return count.intValue();
        }

        @Override
        public List<Recruitment> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return recruitments.search(status, text, first, pageSize);
        }

        @Override
        public String getRowKey(Recruitment recruitment) {
            return String.valueOf(recruitment.getId());
        }
    };

    public LazyDataModel<Recruitment> getModel() {
        return model;
    }

    public RecruitmentStatus[] getStatuses() {
        return RecruitmentStatus.values();
    }

    public RecruitmentStatus getStatus() {
        return status;
    }

    public void setStatus(RecruitmentStatus status) {
        this.status = status;
        count = null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
        count = null;
    }
}
