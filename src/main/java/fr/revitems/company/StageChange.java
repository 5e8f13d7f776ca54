package fr.revitems.company;

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

import java.time.OffsetDateTime;

/** One move of a company through the pipeline: the company page's timeline. Never edited. */
@Entity
@Table(name = "stage_change")
@NamedQuery(name = StageChange.OF_COMPANY,
        query = "select s from StageChange s where s.company.id = :company order by s.changedAt desc, s.id desc")
public class StageChange {

    public static final String OF_COMPANY = "StageChange.ofCompany";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    private PipelineStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    private PipelineStage toStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason")
    private ClosingReason closingReason;

    private String reason;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt = OffsetDateTime.now();

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected StageChange() {
    }

    StageChange(Company company, PipelineStage fromStage, PipelineStage toStage, ClosingReason closingReason,
                String reason, String changedBy) {
        this.company = company;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.closingReason = closingReason;
        this.reason = reason;
        this.changedBy = changedBy;
    }

    public Long getId() {
        return id;
    }

    public PipelineStage getFromStage() {
        return fromStage;
    }

    public PipelineStage getToStage() {
        return toStage;
    }

    public ClosingReason getClosingReason() {
        return closingReason;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** A move back (or a reopening) rather than progress. */
    public boolean isBackward() {
        return fromStage != null && toStage != PipelineStage.CLOSED && toStage.ordinal() < fromStage.ordinal();
    }
}
