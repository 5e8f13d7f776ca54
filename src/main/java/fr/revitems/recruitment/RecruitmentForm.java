package fr.revitems.recruitment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** What the recruitment form edits; keeps what was typed when a save is refused. */
public class RecruitmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

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
    @Size(max = 120)
    private String commune;
    private String departmentCode;
    private LocalDate wishedStart;
    private RecruitmentSource source = RecruitmentSource.SPONTANEOUS;
    private LocalDate identifiedOn = LocalDate.now();
    private int version;

    public static RecruitmentForm of(Recruitment r) {
        RecruitmentForm form = new RecruitmentForm();
        form.jobTitle = r.getJobTitle();
        form.romeCode = r.getRomeCode() == null ? null : r.getRomeCode().getCode();
        form.level = r.getQualificationLevel() == null ? null : r.getQualificationLevel().getLevel();
        form.category = r.getOccupationalCategory() == null ? null : r.getOccupationalCategory().getCode();
        form.contractType = r.getContractType() == null ? null : r.getContractType().getCode();
        form.contractMonths = r.getContractMonths();
        form.positions = r.getPositions();
        form.commune = r.getCommune();
        form.departmentCode = r.getDepartment() == null ? null : r.getDepartment().getCode();
        form.wishedStart = r.getWishedStart();
        form.source = r.getSource();
        form.identifiedOn = r.getIdentifiedOn();
        form.version = r.getVersion();
        return form;
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

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public LocalDate getWishedStart() {
        return wishedStart;
    }

    public void setWishedStart(LocalDate wishedStart) {
        this.wishedStart = wishedStart;
    }

    public RecruitmentSource getSource() {
        return source;
    }

    public void setSource(RecruitmentSource source) {
        this.source = source;
    }

    public LocalDate getIdentifiedOn() {
        return identifiedOn;
    }

    public void setIdentifiedOn(LocalDate identifiedOn) {
        this.identifiedOn = identifiedOn;
    }

    public int getVersion() {
        return version;
    }
}
