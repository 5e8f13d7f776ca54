package fr.revitems.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One change of a recruitment's status: its history. Never edited. */
@Entity
@Table(name = "recruitment_status_change")
@NamedQuery(name = RecruitmentStatusChange.OF_RECRUITMENT, query = "select s from RecruitmentStatusChange s"
        + " where s.recruitmentId = :recruitment order by s.changedAt desc, s.id desc")
public class RecruitmentStatusChange {

    public static final String OF_RECRUITMENT = "RecruitmentStatusChange.ofRecruitment";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recruitment_id", nullable = false)
    private Long recruitmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private RecruitmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private RecruitmentStatus toStatus;

    private String reason;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt = OffsetDateTime.now();

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected RecruitmentStatusChange() {
    }

    RecruitmentStatusChange(Long recruitmentId, RecruitmentStatus fromStatus, RecruitmentStatus toStatus, String reason,
                            String changedBy) {
        this.recruitmentId = recruitmentId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.changedBy = changedBy;
    }

    public RecruitmentStatus getFromStatus() {
        return fromStatus;
    }

    public RecruitmentStatus getToStatus() {
        return toStatus;
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
}
