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
@NamedQuery(name = ProgrammeRound.ALL, query = "select r from ProgrammeRound r order by r.startsOn desc, r.name")
@NamedQuery(name = ProgrammeRound.SAME_CODE_OR_NAME, query = "select r from ProgrammeRound r"
        + " where (upper(r.code) = upper(:code) or lower(r.name) = lower(:name)) and r.id <> :id")
@NamedQuery(name = ProgrammeRound.COMPANY_COUNTS, query = "select r.id, count(c) from Company c join c.rounds r group by r.id")
public class ProgrammeRound {

    public static final String ACTIVE = "ProgrammeRound.active";
    /** Every round, the ones no longer offered in forms too (their figures stay on the dashboard). */
    public static final String ALL = "ProgrammeRound.all";
    public static final String SAME_CODE_OR_NAME = "ProgrammeRound.sameCodeOrName";
    /** Each round's id and its number of companies (rounds without any are absent). */
    public static final String COMPANY_COUNTS = "ProgrammeRound.companyCounts";

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

    /** A new round, offered in the forms. */
    public ProgrammeRound(String code) {
        this.code = code;
        this.active = true;
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

    /** Offered in the company form and the import (a finished round's figures stay on the dashboard). */
    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }

    void setName(String name) {
        this.name = name;
    }

    void setPeriod(LocalDate startsOn, LocalDate endsOn) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    void setActive(boolean active) {
        this.active = active;
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
