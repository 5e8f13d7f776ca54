package fr.revitems.recruitment;

import fr.revitems.company.Company;
import fr.revitems.reference.ContractType;
import fr.revitems.reference.Department;
import fr.revitems.reference.OccupationalCategory;
import fr.revitems.reference.QualificationLevel;
import fr.revitems.reference.RomeCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An identified recruitment: a company's opening, for some positions, at a qualification level. */
@Entity
@Table(name = "recruitment")
@NamedQuery(name = Recruitment.OF_DIAGNOSTIC,
        query = "select r from Recruitment r where r.diagnosticId = :diagnostic order by r.id")
@NamedQuery(name = Recruitment.OF_COMPANY,
        query = "select r from Recruitment r where r.company.id = :company order by r.identifiedOn desc, r.id desc")
public class Recruitment {

    public static final String OF_DIAGNOSTIC = "Recruitment.ofDiagnostic";
    public static final String OF_COMPANY = "Recruitment.ofCompany";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "diagnostic_id")
    private Long diagnosticId;

    @Column(name = "job_title", nullable = false)
    private String jobTitle;

    @ManyToOne
    @JoinColumn(name = "rome_code")
    private RomeCode romeCode;

    @ManyToOne
    @JoinColumn(name = "qualification_level")
    private QualificationLevel qualificationLevel;

    @ManyToOne
    @JoinColumn(name = "occupational_category")
    private OccupationalCategory occupationalCategory;

    @ManyToOne
    @JoinColumn(name = "contract_type")
    private ContractType contractType;

    @Column(name = "contract_months")
    private Short contractMonths;

    private short positions;

    private String commune;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_code")
    private Department department;

    @Column(name = "wished_start")
    private LocalDate wishedStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecruitmentSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecruitmentStatus status = RecruitmentStatus.IDENTIFIED;

    @Column(name = "cancel_reason")
    private String cancelReason;

    /** The day the current cancellation took effect: the figures still count it in the periods before. */
    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "identified_on", nullable = false)
    private LocalDate identifiedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private int version;

    protected Recruitment() {
    }

    public Recruitment(Company company, RecruitmentSource source, LocalDate identifiedOn, String updatedBy) {
        this.company = company;
        this.source = source;
        this.identifiedOn = identifiedOn;
        this.updatedBy = updatedBy;
    }

    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public Long getDiagnosticId() {
        return diagnosticId;
    }

    public void setDiagnosticId(Long diagnosticId) {
        this.diagnosticId = diagnosticId;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public RomeCode getRomeCode() {
        return romeCode;
    }

    public void setRomeCode(RomeCode romeCode) {
        this.romeCode = romeCode;
    }

    public QualificationLevel getQualificationLevel() {
        return qualificationLevel;
    }

    public void setQualificationLevel(QualificationLevel qualificationLevel) {
        this.qualificationLevel = qualificationLevel;
    }

    public OccupationalCategory getOccupationalCategory() {
        return occupationalCategory;
    }

    public void setOccupationalCategory(OccupationalCategory occupationalCategory) {
        this.occupationalCategory = occupationalCategory;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public void setContractType(ContractType contractType) {
        this.contractType = contractType;
    }

    public Short getContractMonths() {
        return contractMonths;
    }

    public void setContractMonths(Short contractMonths) {
        this.contractMonths = contractMonths;
    }

    public short getPositions() {
        return positions;
    }

    public void setPositions(short positions) {
        this.positions = positions;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public LocalDate getWishedStart() {
        return wishedStart;
    }

    public void setWishedStart(LocalDate wishedStart) {
        this.wishedStart = wishedStart;
    }

    void setSource(RecruitmentSource source) {
        this.source = source;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public RecruitmentSource getSource() {
        return source;
    }

    public RecruitmentStatus getStatus() {
        return status;
    }

    /** Changes the status and returns the history line to keep (the service persists it). */
    RecruitmentStatusChange changeStatus(RecruitmentStatus target, String reason, String actor) {
        RecruitmentStatusChange change = new RecruitmentStatusChange(id, status, target, reason, actor);
        status = target;
        cancelReason = target == RecruitmentStatus.CANCELLED ? reason : null;
        cancelledOn = target == RecruitmentStatus.CANCELLED ? LocalDate.now() : null;
        updatedBy = actor;
        return change;
    }

    /** The first history line of a new recruitment. */
    public RecruitmentStatusChange created(String actor) {
        return new RecruitmentStatusChange(id, null, status, null, actor);
    }

    public LocalDate getCancelledOn() {
        return cancelledOn;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public LocalDate getIdentifiedOn() {
        return identifiedOn;
    }

    public void setIdentifiedOn(LocalDate identifiedOn) {
        this.identifiedOn = identifiedOn;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }

    public int getVersion() {
        return version;
    }
}
