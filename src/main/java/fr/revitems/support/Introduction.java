package fr.revitems.support;

import fr.revitems.company.Company;
import fr.revitems.security.AppUser;
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
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A mise en relation: the company introduced to another actor, with its purpose and what came of it. */
@Entity
@Table(name = "introduction")
@NamedQuery(name = Introduction.OF_COMPANY, query = "select i from Introduction i"
        + " where i.company.id = :company or i.targetCompany.id = :company order by i.madeOn desc, i.id desc",
        hints = {@QueryHint(name = "eclipselink.batch", value = "i.company"),
                 @QueryHint(name = "eclipselink.batch", value = "i.targetCompany"),
                 @QueryHint(name = "eclipselink.batch.type", value = "IN")})
public class Introduction {

    public static final String OF_COMPANY = "Introduction.ofCompany";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    private IntroductionTarget targetKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_company_id")
    private Company targetCompany;

    @Column(name = "target_name")
    private String targetName;

    @Column(nullable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IntroductionOutcome outcome = IntroductionOutcome.PENDING;

    @Column(name = "outcome_notes")
    private String outcomeNotes;

    @ManyToOne
    @JoinColumn(name = "officer_id")
    private AppUser officer;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private int version;

    protected Introduction() {
    }

    Introduction(Company company, LocalDate madeOn, String createdBy) {
        this.company = company;
        this.madeOn = madeOn;
        this.createdBy = createdBy;
    }

    void target(IntroductionTarget kind, Company targetCompany, String targetName) {
        this.targetKind = kind;
        this.targetCompany = kind == IntroductionTarget.COMPANY ? targetCompany : null;
        this.targetName = kind == IntroductionTarget.COMPANY ? null : targetName;
    }

    /** The other side, seen from {@code companyId}'s page: an introduction has two ends. */
    public String otherSide(long companyId) {
        if (targetKind != IntroductionTarget.COMPANY) {
            return targetName;
        }
        return targetCompany.getId() == companyId ? company.getName() : targetCompany.getName();
    }

    public Long otherCompanyId(long companyId) {
        if (targetKind != IntroductionTarget.COMPANY) {
            return null;
        }
        return targetCompany.getId() == companyId ? company.getId() : targetCompany.getId();
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public IntroductionTarget getTargetKind() {
        return targetKind;
    }

    public Company getTargetCompany() {
        return targetCompany;
    }

    public String getTargetName() {
        return targetName;
    }

    public String getPurpose() {
        return purpose;
    }

    void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public IntroductionOutcome getOutcome() {
        return outcome;
    }

    void setOutcome(IntroductionOutcome outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeNotes() {
        return outcomeNotes;
    }

    void setOutcomeNotes(String outcomeNotes) {
        this.outcomeNotes = outcomeNotes;
    }

    public AppUser getOfficer() {
        return officer;
    }

    void setOfficer(AppUser officer) {
        this.officer = officer;
    }

    public int getVersion() {
        return version;
    }
}
