package fr.revitems.reference.web;

import fr.revitems.reference.ProgrammeRound;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the round dialog edits; kept as typed when the service refuses it. */
public class RoundForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;
    private String code;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private boolean active = true;
    private List<String> funders = new ArrayList<>();

    void clear() {
        id = null;
        version = 0;
        code = null;
        name = null;
        startsOn = null;
        endsOn = null;
        active = true;
        funders = new ArrayList<>();
    }

    void fill(ProgrammeRound round) {
        id = round.getId();
        version = round.getVersion();
        code = round.getCode();
        name = round.getName();
        startsOn = round.getStartsOn();
        endsOn = round.getEndsOn();
        active = round.isActive();
        funders = new ArrayList<>(round.getFunders());
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<String> getFunders() {
        return funders;
    }

    public void setFunders(List<String> funders) {
        this.funders = funders == null ? new ArrayList<>() : new ArrayList<>(funders);
    }
}
