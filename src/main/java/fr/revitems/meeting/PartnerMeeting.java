package fr.revitems.meeting;

import fr.revitems.reference.Department;
import fr.revitems.reference.ProgrammeRound;
import fr.revitems.security.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * A working meeting held with an employment partner (an agency, a school, a public authority...), as the
 * funders count them: when, with whom, about what, for which round and department, and who went.
 * The filtered queries take sentinels for "any" ({@link MeetingFilter} binds them), so that no
 * parameter is ever an untyped null for PostgreSQL.
 */
@Entity
@Table(name = "partner_meeting")
@NamedQuery(name = PartnerMeeting.FILTERED, query = "select m from PartnerMeeting m left join m.round r left join m.department d"
        + PartnerMeeting.WHERE + " order by m.heldOn desc, m.id desc",
        // officers in one query per page, not one per meeting; rounds and departments come from the cache
        hints = {@QueryHint(name = "eclipselink.batch", value = "m.officer"),
                 @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = PartnerMeeting.COUNT_FILTERED, query = "select count(m) from PartnerMeeting m left join m.round r"
        + " left join m.department d" + PartnerMeeting.WHERE)
public class PartnerMeeting {

    public static final String FILTERED = "PartnerMeeting.filtered";
    public static final String COUNT_FILTERED = "PartnerMeeting.countFiltered";
    static final String WHERE = " where m.heldOn between :from and :to"
            + " and (:round = 0 or r.id = :round) and (:department = '' or d.code = :department)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_kind", nullable = false)
    private PartnerKind partnerKind;

    @Column(name = "partner_name", nullable = false)
    private String partnerName;

    @Column(nullable = false)
    private String subject;

    @ManyToOne
    @JoinColumn(name = "round_id")
    private ProgrammeRound round;

    @ManyToOne
    @JoinColumn(name = "department_code")
    private Department department;

    @ManyToOne
    @JoinColumn(name = "officer_id")
    private AppUser officer;

    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private int version;

    protected PartnerMeeting() {
    }

    PartnerMeeting(String createdBy) {
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public PartnerKind getPartnerKind() {
        return partnerKind;
    }

    void setPartnerKind(PartnerKind partnerKind) {
        this.partnerKind = partnerKind;
    }

    public String getPartnerName() {
        return partnerName;
    }

    void setPartnerName(String partnerName) {
        this.partnerName = partnerName;
    }

    public String getSubject() {
        return subject;
    }

    void setSubject(String subject) {
        this.subject = subject;
    }

    public ProgrammeRound getRound() {
        return round;
    }

    void setRound(ProgrammeRound round) {
        this.round = round;
    }

    public Department getDepartment() {
        return department;
    }

    void setDepartment(Department department) {
        this.department = department;
    }

    public AppUser getOfficer() {
        return officer;
    }

    void setOfficer(AppUser officer) {
        this.officer = officer;
    }

    public String getNotes() {
        return notes;
    }

    void setNotes(String notes) {
        this.notes = notes;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public int getVersion() {
        return version;
    }
}
