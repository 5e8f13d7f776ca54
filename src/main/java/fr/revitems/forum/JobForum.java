package fr.revitems.forum;

import fr.revitems.reference.Department;
import fr.revitems.reference.ProgrammeRound;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A job forum (e.g. the water sector's employment area, 24 April 2025): its name, day and place, and the round it counts for. */
@Entity
@Table(name = "job_forum")
@NamedQuery(name = JobForum.LATEST_FIRST, query = "select f from JobForum f order by f.heldOn desc, f.id desc")
public class JobForum {

    public static final String LATEST_FIRST = "JobForum.latestFirst";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    private String venue;

    private String commune;

    @ManyToOne
    @JoinColumn(name = "department_code")
    private Department department;

    @ManyToOne
    @JoinColumn(name = "round_id")
    private ProgrammeRound round;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private int version;

    protected JobForum() {
    }

    JobForum(String createdBy) {
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getVenue() {
        return venue;
    }

    void setVenue(String venue) {
        this.venue = venue;
    }

    public String getCommune() {
        return commune;
    }

    void setCommune(String commune) {
        this.commune = commune;
    }

    public Department getDepartment() {
        return department;
    }

    void setDepartment(Department department) {
        this.department = department;
    }

    public ProgrammeRound getRound() {
        return round;
    }

    void setRound(ProgrammeRound round) {
        this.round = round;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public int getVersion() {
        return version;
    }
}
