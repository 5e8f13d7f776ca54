package fr.revitems.report.web;

import fr.revitems.platform.i18n.LocaleSelection;
import fr.revitems.platform.web.Faces;
import fr.revitems.report.Detail;
import fr.revitems.report.Figure;
import fr.revitems.report.RecordTable;
import fr.revitems.report.ReportFilter;
import fr.revitems.report.ReportService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * reporting/records.xhtml: the records behind one figure of the dashboard (a funder's "which 76?"), or
 * behind one cell of a breakdown, paged on the server, with the same filter, and their CSV.
 */
@Named
@ViewScoped
public class RecordsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    ReportTexts texts;

    @Inject
    LocaleSelection localeSelection;

    private ReportFilter filter;
    private Figure figure;
    private Detail detail;
    private List<String> scope;
    private Long count;

    private final LazyDataModel<RecordTable.Row> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (count == null) {
                count = reports.countRecords(figure, filter, detail);
            }
            return count.intValue();
        }

        @Override
        public List<RecordTable.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return reports.records(figure, filter, detail, first, pageSize);
        }

        @Override
        public String getRowKey(RecordTable.Row row) {
            return row.link();
        }
    };

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            ReportRequest request = ReportRequest.parse(parameters::get, reports::roundLife);
            if (request.figure() == null) {
                throw new ReportRequest.Invalid("report.parameter.figure", "none");
            }
            filter = request.filter();
            figure = request.figure();
            detail = request.detail() != null && request.detail().appliesTo(figure) ? request.detail() : null;
            scope = texts.scope(filter, localeSelection.getLocale());
        } catch (ReportRequest.Invalid invalid) {
            Faces.error(invalid.key());
        }
    }

    public LazyDataModel<RecordTable.Row> getModel() {
        return model;
    }

    public Figure getFigure() {
        return figure;
    }

    /** "Emplois pourvus ou consolidés", or with a breakdown cell "… — Niveau 5 (Bac+2)". */
    public String getTitle() {
        if (figure == null) {
            return Faces.text("dashboard.title");
        }
        if (detail == null) {
            return Faces.text(figure.labelKey());
        }
        return Faces.text("records_page.detailTitle", Faces.text(figure.labelKey()), Faces.text(detail.dimension().labelKey()),
                texts.detail(detail, localeSelection.getLocale()));
    }

    public List<String> getScope() {
        return scope;
    }

    public List<RecordTable.Column> getColumns() {
        return RecordTable.columns(figure.records());
    }

    /** The column that links to the record's page: the company's name where there is one, else the first. */
    public int getLinkColumn() {
        List<RecordTable.Column> columns = getColumns();
        for (int i = 0; i < columns.size(); i++) {
            if ("records.company".equals(columns.get(i).key())) {
                return i;
            }
        }
        return 0;
    }

    public String cell(RecordTable.Row row, int index) {
        return texts.cell(getColumns().get(index), row.cells().get(index), localeSelection.getLocale());
    }

    /** The dashboard's filter, to go back to it. */
    public String getQuery() {
        return filter == null ? "" : ReportRequest.query(filter);
    }

    /** This page's own parameters, for its CSV. */
    public String getRecordsQuery() {
        return ReportRequest.query(filter, figure, detail);
    }
}
