package fr.revitems.recruitment;

import java.io.Serializable;
import java.time.LocalDate;

/** What the "record a filled job" dialog edits. */
public class FilledJobForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate filledOn = LocalDate.now();
    private String contractType;
    private Short level;
    private String category;
    private JobOrigin origin;
    private boolean consolidated;

    /** Starts from the opening's own contract, level and category: the usual case is "as planned". */
    public static FilledJobForm like(Recruitment r) {
        FilledJobForm form = new FilledJobForm();
        form.contractType = r.getContractType() == null ? null : r.getContractType().getCode();
        form.level = r.getQualificationLevel() == null ? null : r.getQualificationLevel().getLevel();
        form.category = r.getOccupationalCategory() == null ? null : r.getOccupationalCategory().getCode();
        return form;
    }

    public LocalDate getFilledOn() {
        return filledOn;
    }

    public void setFilledOn(LocalDate filledOn) {
        this.filledOn = filledOn;
    }

    public String getContractType() {
        return contractType;
    }

    public void setContractType(String contractType) {
        this.contractType = contractType;
    }

    public Short getLevel() {
        return level;
    }

    public void setLevel(Short level) {
        this.level = level;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public JobOrigin getOrigin() {
        return origin;
    }

    public void setOrigin(JobOrigin origin) {
        this.origin = origin;
    }

    public boolean isConsolidated() {
        return consolidated;
    }

    public void setConsolidated(boolean consolidated) {
        this.consolidated = consolidated;
    }
}
