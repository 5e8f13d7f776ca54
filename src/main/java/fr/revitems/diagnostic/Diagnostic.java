package fr.revitems.diagnostic;

import fr.revitems.platform.Texts;
import fr.revitems.company.Company;
import fr.revitems.security.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One strategy-and-employment diagnostic of a company, on the day it was held. */
@Entity
@Table(name = "diagnostic")
@NamedQuery(name = Diagnostic.OF_COMPANY,
        query = "select d from Diagnostic d where d.company.id = :company order by d.heldOn desc, d.id desc")
public class Diagnostic {

    public static final String OF_COMPANY = "Diagnostic.ofCompany";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "conducted_by", nullable = false)
    private String conductedBy;

    /** The account of the officer who held it, for the name printed (the username is what is stored). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conducted_by", referencedColumnName = "username", insertable = false, updatable = false)
    private AppUser conductor;

    private String activity;
    private String innovation;
    private Integer headcount;
    @Column(name = "recruitment_difficulties")
    private String recruitmentDifficulties;
    @Column(name = "skills_gaps")
    private String skillsGaps;
    @Column(name = "training_needs")
    private String trainingNeeds;
    @Column(name = "support_wanted")
    private String supportWanted;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = OffsetDateTime.now();
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private int version;

    protected Diagnostic() {
    }

    Diagnostic(Company company, String conductedBy) {
        this.company = company;
        this.conductedBy = conductedBy;
        this.updatedBy = conductedBy;
    }

    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
    }

    void apply(DiagnosticForm form, String actor) {
        heldOn = form.getHeldOn();
        activity = Texts.clean(form.getActivity());
        innovation = Texts.clean(form.getInnovation());
        headcount = form.getHeadcount();
        recruitmentDifficulties = Texts.clean(form.getRecruitmentDifficulties());
        skillsGaps = Texts.clean(form.getSkillsGaps());
        trainingNeeds = Texts.clean(form.getTrainingNeeds());
        supportWanted = Texts.clean(form.getSupportWanted());
        updatedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getConductedBy() {
        return conductedBy;
    }

    /** "Jeanne Martin", or the username if the account is gone. */
    public String getConductedByName() {
        return conductor == null ? conductedBy : conductor.getDisplayName();
    }

    public String getActivity() {
        return activity;
    }

    public String getInnovation() {
        return innovation;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public String getRecruitmentDifficulties() {
        return recruitmentDifficulties;
    }

    public String getSkillsGaps() {
        return skillsGaps;
    }

    public String getTrainingNeeds() {
        return trainingNeeds;
    }

    public String getSupportWanted() {
        return supportWanted;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public int getVersion() {
        return version;
    }
}
