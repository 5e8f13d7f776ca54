package fr.revitems.company.web;

import fr.revitems.company.ClosingReason;
import fr.revitems.company.Company;
import fr.revitems.company.CompanyException;
import fr.revitems.company.CompanyService;
import fr.revitems.company.Contact;
import fr.revitems.company.ContactService;
import fr.revitems.company.PipelineStage;
import fr.revitems.company.StageChange;
import fr.revitems.platform.web.Faces;
import fr.revitems.platform.web.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** company/view.xhtml: the company, its stage and timeline, its contacts. */
@Named
@ViewScoped
public class CompanyViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompanyService companies;

    @Inject
    ContactService contacts;

    private Long id;
    private Company company;
    private List<StageChange> history;
    private List<Contact> people;

    private PipelineStage target;
    private ClosingReason closingReason;
    private String reason;

    private final ContactForm contact = new ContactForm();
    private List<Contact> sameEmail = List.of();

    /** f:viewAction: loads the company named by the id parameter; none or unknown is "page not found". */
    public void load() throws IOException {
        try {
            company = id == null ? null : companies.find(id);
        } catch (CompanyException notFound) {
            company = null;
        }
        if (company == null) {
            NotFound.send();
            return;
        }
        history = companies.history(id);
        people = contacts.ofCompany(id);
    }

    private void refresh() {
        company = companies.find(id);
        history = companies.history(id);
    }

    public void startMove() {
        target = null;
        closingReason = null;
        reason = null;
    }

    public void move() {
        try {
            companies.moveStage(id, target, closingReason, reason);
            Faces.info("company_view.message.moved", Faces.text("PipelineStage." + target));
            PrimeFaces.current().executeScript("PF('stageDialog').hide()");
            refresh();
        } catch (CompanyException e) {
            Faces.fieldError("stageForm:" + e.field(), e.messageKey());
        }
    }

    /** The stages the company can go to from where it is. */
    public List<PipelineStage> getTargets() {
        return Arrays.stream(PipelineStage.values()).filter(s -> company.getStage().moveTo(s).allowed()).toList();
    }

    public void startContact(Contact existing) {
        contact.fill(existing);
        sameEmail = List.of();
    }

    public void saveContact() {
        saveContact(false);
    }

    public void saveContactAnyway() {
        saveContact(true);
    }

    private void saveContact(boolean duplicatesAcknowledged) {
        sameEmail = duplicatesAcknowledged ? List.of() : contacts.sameEmail(contact.getEmail(), contact.getId());
        if (!sameEmail.isEmpty()) {
            Faces.fieldError("contactForm:email", "contact.email.duplicate");
            return;
        }
        try {
            contacts.save(id, contact.getId(), contact.getFirstName(), contact.getLastName(), contact.getJobTitle(),
                    contact.getEmail(), contact.getPhone(), contact.getLanguage());
            Faces.info("company_view.message.contactSaved", contact.getLastName());
            PrimeFaces.current().executeScript("PF('contactDialog').hide()");
            people = contacts.ofCompany(id);
        } catch (CompanyException e) {
            Faces.fieldError("contactForm:" + e.field(), e.messageKey());
        }
    }

    public boolean isClosing() {
        return target == PipelineStage.CLOSED;
    }

    public boolean isReasonRequired() {
        return target != null && company.getStage().moveTo(target) == PipelineStage.Move.NEEDS_REASON;
    }

    public ClosingReason[] getClosingReasons() {
        return ClosingReason.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Company getCompany() {
        return company;
    }

    public List<StageChange> getHistory() {
        return history;
    }

    public List<Contact> getPeople() {
        return people;
    }

    public PipelineStage getTarget() {
        return target;
    }

    public void setTarget(PipelineStage target) {
        this.target = target;
    }

    public ClosingReason getClosingReason() {
        return closingReason;
    }

    public void setClosingReason(ClosingReason closingReason) {
        this.closingReason = closingReason;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ContactForm getContact() {
        return contact;
    }

    public List<Contact> getSameEmail() {
        return sameEmail;
    }
}
