package fr.revitems.company.web;

import fr.revitems.company.Company;
import fr.revitems.company.CompanyException;
import fr.revitems.company.CompanyMerge;
import fr.revitems.company.CompanyService;
import fr.revitems.platform.web.Faces;
import fr.revitems.platform.web.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** admin/merge.xhtml: choose the company kept and its duplicate, compare them, merge. */
@Named
@ViewScoped
public class CompanyMergeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompanyService companies;

    @Inject
    CompanyMerge merge;

    private Long keptId;
    private Long duplicateId;
    private Company kept;
    private Company duplicate;
    private Map<String, Long> keptHoldings;
    private Map<String, Long> duplicateHoldings;

    /** Shows the two companies side by side, with what each holds; nothing changes yet. */
    public void compare() {
        kept = null;
        duplicate = null;
        if (keptId != null && keptId.equals(duplicateId)) {
            Faces.fieldError("mergeForm:duplicate", "merge.same");
            return;
        }
        try {
            kept = companies.find(keptId);
            duplicate = companies.find(duplicateId);
            keptHoldings = merge.holdings(keptId);
            duplicateHoldings = merge.holdings(duplicateId);
        } catch (CompanyException e) {
            kept = null;
            duplicate = null;
            Faces.error(e.messageKey());
        }
    }

    public String merge() {
        try {
            Map<String, Long> moved = merge.merge(keptId, duplicateId);
            String summary = moved.entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getValue() + " " + Faces.text(e.getKey())).collect(Collectors.joining(", "));
            Faces.info("merge.message.done", duplicate.getName(), kept.getName(),
                    summary.isEmpty() ? Faces.text("merge.message.nothingMoved") : summary);
            Flash.keepMessages();
            return "/company/view?faces-redirect=true&id=" + keptId;
        } catch (CompanyException e) {
            Faces.error(e.messageKey());
            return null;
        }
    }

    public boolean isReady() {
        return kept != null && duplicate != null;
    }

    /** The holdings' bundle keys, in the order the comparison lists them. */
    public List<String> getHoldingKeys() {
        return List.copyOf(keptHoldings.keySet());
    }

    public Long getKeptId() {
        return keptId;
    }

    public void setKeptId(Long keptId) {
        this.keptId = keptId;
    }

    public Long getDuplicateId() {
        return duplicateId;
    }

    public void setDuplicateId(Long duplicateId) {
        this.duplicateId = duplicateId;
    }

    public Company getKept() {
        return kept;
    }

    public Company getDuplicate() {
        return duplicate;
    }

    public Map<String, Long> getKeptHoldings() {
        return keptHoldings;
    }

    public Map<String, Long> getDuplicateHoldings() {
        return duplicateHoldings;
    }
}
