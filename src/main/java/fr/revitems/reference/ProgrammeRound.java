package fr.revitems.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A round of the programme (e.g. "REVIT'EMS 94", "Val-de-Marne 2026–2028") and its funders. */
@Entity
@Cacheable
@Table(name = "programme_round")
@NamedQuery(name = ProgrammeRound.ACTIVE, query = "select r from ProgrammeRound r where r.active = true order by r.startsOn desc, r.name")
public class ProgrammeRound {

    public static final String ACTIVE = "ProgrammeRound.active";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_round_funder", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "funder")
    @OrderBy
    private Set<String> funders = new LinkedHashSet<>();

    @Version
    private int version;

    protected ProgrammeRound() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Set<String> getFunders() {
        return funders;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProgrammeRound round && id != null && id.equals(round.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}
