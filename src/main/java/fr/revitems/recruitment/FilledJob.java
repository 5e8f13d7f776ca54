package fr.revitems.recruitment;

import fr.revitems.company.Company;
import fr.revitems.reference.ContractType;
import fr.revitems.reference.OccupationalCategory;
import fr.revitems.reference.QualificationLevel;
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
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One person hired, or one job kept thanks to the support (consolidated). It fills a recruitment or
 * stands alone. Nothing here identifies the person.
 */
@Entity
@Table(name = "filled_job")
@NamedQuery(name = FilledJob.OF_RECRUITMENT,
        query = "select f from FilledJob f where f.recruitmentId = :recruitment order by f.filledOn desc, f.id desc")
@NamedQuery(name = FilledJob.OF_COMPANY,
        query = "select f from FilledJob f where f.company.id = :company order by f.filledOn desc, f.id desc")
@NamedQuery(name = FilledJob.COUNT_OF_RECRUITMENT,
        query = "select count(f) from FilledJob f where f.recruitmentId = :recruitment")
public class FilledJob {

    public static final String OF_RECRUITMENT = "FilledJob.ofRecruitment";
    public static final String OF_COMPANY = "FilledJob.ofCompany";
    public static final String COUNT_OF_RECRUITMENT = "FilledJob.countOfRecruitment";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "recruitment_id")
    private Long recruitmentId;

    @Column(name = "filled_on", nullable = false)
    private LocalDate filledOn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_type")
    private ContractType contractType;

    @ManyToOne(optional = false)
    @JoinColumn(name = "qualification_level")
    private QualificationLevel qualificationLevel;

    @ManyToOne(optional = false)
    @JoinColumn(name = "occupational_category")
    private OccupationalCategory occupationalCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobOrigin origin;

    private boolean consolidated;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected FilledJob() {
    }

    FilledJob(Company company, Long recruitmentId, LocalDate filledOn, ContractType contractType, QualificationLevel level,
              OccupationalCategory category, JobOrigin origin, boolean consolidated, String createdBy) {
        this.company = company;
        this.recruitmentId = recruitmentId;
        this.filledOn = filledOn;
        this.contractType = contractType;
        this.qualificationLevel = level;
        this.occupationalCategory = category;
        this.origin = origin;
        this.consolidated = consolidated;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public Long getRecruitmentId() {
        return recruitmentId;
    }

    public LocalDate getFilledOn() {
        return filledOn;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public QualificationLevel getQualificationLevel() {
        return qualificationLevel;
    }

    public OccupationalCategory getOccupationalCategory() {
        return occupationalCategory;
    }

    public JobOrigin getOrigin() {
        return origin;
    }

    public boolean isConsolidated() {
        return consolidated;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
