package fr.revitems.diagnostic;

import fr.revitems.recruitment.Recruitment;
import fr.revitems.recruitment.RecruitmentStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of the diagnostic's planned recruitments, as typed. Saved, it is an identified recruitment;
 * once that recruitment has moved on (shared, in progress, filled…), the diagnostic no longer edits it.
 */
public class PlannedRecruitment implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    @Size(max = 160)
    private String jobTitle;
    private String romeCode;
    private Short level;
    private String category;
    private String contractType;
    @Min(1)
    @Max(60)
    private Short contractMonths;
    @Min(1)
    @Max(999)
    private Short positions = 1;
    private LocalDate wishedStart;
    private boolean locked;

    public static PlannedRecruitment of(Recruitment recruitment) {
        PlannedRecruitment line = new PlannedRecruitment();
        line.id = recruitment.getId();
        line.jobTitle = recruitment.getJobTitle();
        line.romeCode = recruitment.getRomeCode() == null ? null : recruitment.getRomeCode().getCode();
        line.level = recruitment.getQualificationLevel() == null ? null : recruitment.getQualificationLevel().getLevel();
        line.category = recruitment.getOccupationalCategory() == null ? null : recruitment.getOccupationalCategory().getCode();
        line.contractType = recruitment.getContractType() == null ? null : recruitment.getContractType().getCode();
        line.contractMonths = recruitment.getContractMonths();
        line.positions = recruitment.getPositions();
        line.wishedStart = recruitment.getWishedStart();
        line.locked = recruitment.getStatus() != RecruitmentStatus.IDENTIFIED;
        return line;
    }

    public Long getId() {
        return id;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getRomeCode() {
        return romeCode;
    }

    public void setRomeCode(String romeCode) {
        this.romeCode = romeCode;
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

    public String getContractType() {
        return contractType;
    }

    public void setContractType(String contractType) {
        this.contractType = contractType;
    }

    public Short getContractMonths() {
        return contractMonths;
    }

    public void setContractMonths(Short contractMonths) {
        this.contractMonths = contractMonths;
    }

    public Short getPositions() {
        return positions;
    }

    public void setPositions(Short positions) {
        this.positions = positions;
    }

    public LocalDate getWishedStart() {
        return wishedStart;
    }

    public void setWishedStart(LocalDate wishedStart) {
        this.wishedStart = wishedStart;
    }

    public boolean isLocked() {
        return locked;
    }
}
