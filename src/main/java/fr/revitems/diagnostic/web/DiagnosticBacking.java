package fr.revitems.diagnostic.web;

import fr.revitems.company.Company;
import fr.revitems.company.CompanyException;
import fr.revitems.company.CompanyService;
import fr.revitems.diagnostic.Diagnostic;
import fr.revitems.diagnostic.DiagnosticForm;
import fr.revitems.diagnostic.DiagnosticService;
import fr.revitems.diagnostic.PlannedRecruitment;
import fr.revitems.platform.web.Faces;
import fr.revitems.platform.web.Flash;
import fr.revitems.platform.web.NotFound;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * company/diagnostic.xhtml: a new diagnostic for a company ({@code company} parameter) or an existing one
 * ({@code id}). Adding or removing a planned recruitment keeps everything typed; the required fields are
 * only enforced when saving.
 */
@Named
@ViewScoped
public class DiagnosticBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SAVE_BUTTON = "diagnosticForm:save";

    @Inject
    DiagnosticService diagnostics;

    @Inject
    CompanyService companies;

    private Long id;
    private Long companyId;
    private String companyName;
    private DiagnosticForm form;

    /** f:viewAction: the diagnostic named by id, or an empty one for the company named by company. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        try {
            if (id != null) {
                Diagnostic diagnostic = diagnostics.find(id);
                companyId = diagnostic.getCompany().getId();
                form = diagnostics.formOf(diagnostic);
            } else if (companyId != null) {
                form = new DiagnosticForm();
                form.addLine();
            } else {
                NotFound.send();
                return;
            }
            companyName = companies.find(companyId).getName();
        } catch (CompanyException notFound) {
            form = null;
            NotFound.send();
        }
    }

    /** True while the save button is what was pressed: only then are the required fields enforced. */
    public boolean isSaving() {
        return SAVE_BUTTON.equals(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("jakarta.faces.source"));
    }

    public void addLine() {
        form.addLine();
    }

    public void removeLine(PlannedRecruitment line) {
        form.removeLine(line);
    }

    public String save() {
        try {
            DiagnosticService.Saved saved = diagnostics.save(companyId, id, form);
            Faces.info("diagnostic.message.saved", saved.recruitments());
            if (saved.movedToDiagnostic()) {
                Faces.info("diagnostic.message.moved");
            }
            Flash.keepMessages();
            return "/company/view?faces-redirect=true&id=" + companyId;
        } catch (CompanyException e) {
            Faces.refusal("diagnosticForm", e);
            return null;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public String getCompanyName() {
        return companyName;
    }

    public DiagnosticForm getForm() {
        return form;
    }
}
