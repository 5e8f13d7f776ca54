package fr.revitems.company.web;

import fr.revitems.company.Company;
import fr.revitems.company.CompanyException;
import fr.revitems.company.CompanyForm;
import fr.revitems.company.CompanyKind;
import fr.revitems.company.CompanyService;
import fr.revitems.company.ConcurrentEditException;
import fr.revitems.platform.web.Faces;
import fr.revitems.platform.web.NotFound;
import fr.revitems.platform.web.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * company/edit.xhtml: creates a company (warning first about possible duplicates) or edits one
 * (refusing to overwrite someone else's save, and saying what they changed).
 */
@Named
@ViewScoped
public class CompanyEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    CompanyService companies;

    private Long id;
    private CompanyForm form;
    private CompanyForm original;
    private List<Company> duplicates = List.of();
    private Long existingId;
    private String existingName;

    /** f:viewAction: loads the company named by the id parameter, or starts an empty form. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new CompanyForm();
            return;
        }
        try {
            Company company = companies.find(id);
            // two forms of one read: the one edited, and the one the conflict message compares with
            form = CompanyForm.of(company);
            original = CompanyForm.of(company);
        } catch (CompanyException notFound) {
            NotFound.send();
        }
    }

    public String save() {
        return save(false);
    }

    /** The person saw the possible duplicates and creates the company anyway. */
    public String createAnyway() {
        return save(true);
    }

    private String save(boolean duplicatesAcknowledged) {
        existingId = null;
        try {
            if (id == null) {
                duplicates = duplicatesAcknowledged ? List.of() : companies.possibleDuplicates(form, null);
                if (!duplicates.isEmpty()) {
                    Faces.warn("company_edit.duplicates.warning");
                    return null;
                }
                Company created = companies.create(form);
                Faces.info("company_edit.message.created", created.getName());
                Flash.keepMessages();
                return "/company/view?faces-redirect=true&id=" + created.getId();
            }
            companies.update(id, form, original);
            Faces.info("company_edit.message.saved", form.getName());
            Flash.keepMessages();
            return "/company/view?faces-redirect=true&id=" + id;
        } catch (CompanyException e) {
            if ("company.siret.taken".equals(e.messageKey())) {
                existingName = (String) e.arguments()[0];
                existingId = (Long) e.arguments()[1];
            }
            Faces.refusal("companyForm", e);
            return null;
        } catch (ConcurrentEditException e) {
            String fields = e.changedFields().stream().map(Faces::text).collect(Collectors.joining(", "));
            Faces.error("company_edit.conflict", e.changedBy(), e.changedAt().atZoneSameInstant(ZoneId.systemDefault())
                    .format(TIME), fields.isEmpty() ? Faces.text("company_edit.conflict.nothingVisible") : fields);
            return null;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public CompanyKind[] getKinds() {
        return CompanyKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CompanyForm getForm() {
        return form;
    }

    public List<Company> getDuplicates() {
        return duplicates;
    }

    public Long getExistingId() {
        return existingId;
    }

    public String getExistingName() {
        return existingName;
    }
}
