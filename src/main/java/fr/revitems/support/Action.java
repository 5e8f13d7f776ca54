package fr.revitems.support;

import fr.revitems.company.Company;
import fr.revitems.company.Contact;
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
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Something done with a company: a follow-up, an exchange, a workshop, an event. Kept as logged. */
@Entity
@Table(name = "action")
@NamedQuery(name = Action.OF_COMPANY,
        query = "select a from Action a where a.company.id = :company order by a.happenedOn desc, a.id desc",
        // participants and officers in one query each, not one per action (EclipseLink batch reading)
        hints = {@QueryHint(name = "eclipselink.batch", value = "a.participants"),
                 @QueryHint(name = "eclipselink.batch", value = "a.officer"),
                 @QueryHint(name = "eclipselink.batch.type", value = "IN")})
public class Action {

    public static final String OF_COMPANY = "Action.ofCompany";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionKind kind;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @ManyToOne
    @JoinColumn(name = "officer_id")
    private AppUser officer;

    private String outcome;

    @ManyToMany
    @JoinTable(name = "action_participant", joinColumns = @JoinColumn(name = "action_id"),
            inverseJoinColumns = @JoinColumn(name = "contact_id"))
    private Set<Contact> participants = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Action() {
    }

    Action(Company company, ActionKind kind, LocalDate happenedOn, String createdBy) {
        this.company = company;
        this.kind = kind;
        this.happenedOn = happenedOn;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public ActionKind getKind() {
        return kind;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public AppUser getOfficer() {
        return officer;
    }

    void setOfficer(AppUser officer) {
        this.officer = officer;
    }

    public String getOutcome() {
        return outcome;
    }

    void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Set<Contact> getParticipants() {
        return participants;
    }

    /** "Jeanne Martin, Paul Durand", as the table shows them. */
    public String getParticipantNames() {
        return participants.stream().map(Contact::getFullName).sorted().collect(Collectors.joining(", "));
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
