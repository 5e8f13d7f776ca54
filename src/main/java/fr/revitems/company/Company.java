package fr.revitems.company;

import fr.revitems.reference.Department;
import fr.revitems.reference.EmsSector;
import fr.revitems.reference.ProgrammeRound;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * A hiring structure followed by the programme, and where it stands in the pipeline.
 * The stage only changes through {@link #moveTo}, which the service journals.
 */
@Entity
@Table(name = "company")
@NamedQuery(name = Company.BY_SIRET, query = "select c from Company c where c.siret = :siret")
@NamedQuery(name = Company.SAME_NAME_AND_COMMUNE, query = "select c from Company c where c.normalizedName = :name"
        + " and lower(c.commune) = lower(:commune) and c.id <> :id order by c.id")
@NamedQuery(name = Company.SAME_SIREN, query = "select c from Company c where c.siren = :siren"
        + " and c.id <> :id order by c.id")
@NamedQuery(name = Company.NAME_STARTS_WITH, query = "select c from Company c where c.normalizedName like :prefix"
        + " order by c.normalizedName, c.id")
public class Company {

    public static final String NAME_STARTS_WITH = "Company.nameStartsWith";
    public static final String BY_SIRET = "Company.bySiret";
    public static final String SAME_NAME_AND_COMMUNE = "Company.sameNameAndCommune";
    public static final String SAME_SIREN = "Company.sameSiren";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "normalized_name", nullable = false)
    private String normalizedName;

    private String siret;
    private String siren;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CompanyKind kind;

    @Column(name = "naf_code")
    private String nafCode;

    private String street;
    @Column(name = "postal_code")
    private String postalCode;
    private String commune;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_code")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "officer_id")
    private AppUser officer;

    private boolean member;
    @Column(name = "member_since")
    private LocalDate memberSince;
    private String notes;

    @ManyToMany
    @JoinTable(name = "company_sector", joinColumns = @JoinColumn(name = "company_id"),
            inverseJoinColumns = @JoinColumn(name = "sector_code"))
    private Set<EmsSector> sectors = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "company_round", joinColumns = @JoinColumn(name = "company_id"),
            inverseJoinColumns = @JoinColumn(name = "round_id"))
    private Set<ProgrammeRound> rounds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PipelineStage stage = PipelineStage.PROSPECTION;

    @Column(name = "stage_since", nullable = false)
    private OffsetDateTime stageSince = OffsetDateTime.now();

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private int version;

    protected Company() {
    }

    public Company(String name, CompanyKind kind) {
        rename(name);
        this.kind = kind;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
    }

    public final void rename(String newName) {
        this.name = newName;
        this.normalizedName = CompanyNames.normalize(newName);
    }

    /** The first line of the company's history: it enters the programme at its current stage. */
    StageChange entered(String by) {
        return new StageChange(this, null, stage, null, null, by);
    }

    /** Records the move on the company; the caller has checked it is allowed and journals it. */
    StageChange moveTo(PipelineStage target, ClosingReason closingReason, String reason, String by) {
        StageChange change = new StageChange(this, stage, target, closingReason, reason, by);
        stage = target;
        stageSince = change.getChangedAt();
        return change;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNormalizedName() {
        return normalizedName;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public String getSiren() {
        return siren;
    }

    public void setSiren(String siren) {
        this.siren = siren;
    }

    public CompanyKind getKind() {
        return kind;
    }

    public void setKind(CompanyKind kind) {
        this.kind = kind;
    }

    public String getNafCode() {
        return nafCode;
    }

    public void setNafCode(String nafCode) {
        this.nafCode = nafCode;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
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

    public AppUser getOfficer() {
        return officer;
    }

    public void setOfficer(AppUser officer) {
        this.officer = officer;
    }

    public boolean isMember() {
        return member;
    }

    public void setMember(boolean member) {
        this.member = member;
    }

    public LocalDate getMemberSince() {
        return memberSince;
    }

    public void setMemberSince(LocalDate memberSince) {
        this.memberSince = memberSince;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Set<EmsSector> getSectors() {
        return sectors;
    }

    public Set<ProgrammeRound> getRounds() {
        return rounds;
    }

    public PipelineStage getStage() {
        return stage;
    }

    public OffsetDateTime getStageSince() {
        return stageSince;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }

    public int getVersion() {
        return version;
    }
}
