package fr.revitems.diagnostic.web;

import fr.revitems.company.web.CompanyViewBacking;
import fr.revitems.diagnostic.Diagnostic;
import fr.revitems.diagnostic.DiagnosticService;
import fr.revitems.recruitment.Recruitment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The company page's diagnostics and identified recruitments, read once per request. */
@Named
@RequestScoped
public class CompanyDiagnostics {

    @Inject
    CompanyViewBacking page;

    @Inject
    DiagnosticService diagnostics;

    private List<Diagnostic> list;
    private List<Recruitment> recruitments;

    public List<Diagnostic> getList() {
        if (list == null) {
            list = diagnostics.ofCompany(page.getId());
        }
        return list;
    }

    public List<Recruitment> getRecruitments() {
        if (recruitments == null) {
            recruitments = diagnostics.recruitmentsOfCompany(page.getId());
        }
        return recruitments;
    }
}
