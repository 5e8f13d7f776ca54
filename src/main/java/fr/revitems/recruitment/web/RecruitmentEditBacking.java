package fr.revitems.recruitment.web;

import fr.revitems.company.CompanyException;
import fr.revitems.company.CompanyService;
import fr.revitems.platform.web.Faces;
import fr.revitems.platform.web.Flash;
import fr.revitems.platform.web.NotFound;
import fr.revitems.recruitment.Recruitment;
import fr.revitems.recruitment.RecruitmentForm;
import fr.revitems.recruitment.RecruitmentService;
import fr.revitems.recruitment.RecruitmentSource;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/** recruitment/edit.xhtml: a new recruitment for a company ({@code company}) or an existing one ({@code id}). */
@Named
@ViewScoped
public class RecruitmentEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecruitmentService recruitments;

    @Inject
    CompanyService companies;

    private Long id;
    private Long companyId;
    private String companyName;
    private RecruitmentForm form;

    /** f:viewAction: the recruitment named by id, or an empty form for the company named by company. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        try {
            if (id != null) {
                Recruitment recruitment = recruitments.find(id);
                companyId = recruitment.getCompany().getId();
                form = RecruitmentForm.of(recruitment);
            } else if (companyId != null) {
                form = new RecruitmentForm();
                var company = companies.find(companyId);
                form.setCommune(company.getCommune());
                form.setDepartmentCode(company.getDepartment() == null ? null : company.getDepartment().getCode());
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

    public String save() {
        try {
            long saved = id == null ? recruitments.create(companyId, form).getId() : recruitments.update(id, form).getId();
            Faces.info("recruitment.message.saved", form.getJobTitle());
            Flash.keepMessages();
            return "/recruitment/view?faces-redirect=true&id=" + saved;
        } catch (CompanyException e) {
            Faces.refusal("recruitmentForm", e);
            return null;
        }
    }

    public RecruitmentSource[] getSources() {
        return RecruitmentSource.values();
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

    public RecruitmentForm getForm() {
        return form;
    }
}
