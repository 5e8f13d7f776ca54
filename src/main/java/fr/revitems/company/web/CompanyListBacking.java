package fr.revitems.company.web;

import fr.revitems.company.CompanyRepository;
import fr.revitems.company.CompanySearch;
import fr.revitems.company.PipelineStage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** company/list.xhtml: every company, searched and filtered on the server, a page at a time. */
@Named
@ViewScoped
public class CompanyListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompanyRepository repository;

    private String text;
    private PipelineStage stage;
    private final CompanyFilters filters = new CompanyFilters();
    private CompanyLazyModel companies;

    @PostConstruct
    void init() {
        companies = new CompanyLazyModel(repository, this::search);
    }

    CompanySearch search() {
        return filters.search(text, stage);
    }

    /** Filter change: nothing to do here, the lazy model reads the filters at each load. */
    public void refresh() {
        // the table's update reloads the page of rows
    }

    public void clearFilters() {
        text = null;
        stage = null;
        filters.clear();
    }

    public CompanyLazyModel getCompanies() {
        return companies;
    }

    public PipelineStage[] getStages() {
        return PipelineStage.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PipelineStage getStage() {
        return stage;
    }

    public void setStage(PipelineStage stage) {
        this.stage = stage;
    }

    public CompanyFilters getFilters() {
        return filters;
    }
}
