package fr.revitems.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A job of France Travail's ROME classification (official French label). */
@Entity
@Cacheable
@Table(name = "rome_code")
@NamedQuery(name = RomeCode.ACTIVE, query = "select r from RomeCode r where r.active = true order by r.code")
@NamedQuery(name = RomeCode.ALL, query = "select r from RomeCode r")
@NamedQuery(name = RomeCode.COUNT_ACTIVE, query = "select count(r) from RomeCode r where r.active = true")
public class RomeCode {

    public static final String ACTIVE = "RomeCode.active";
    public static final String ALL = "RomeCode.all";
    public static final String COUNT_ACTIVE = "RomeCode.countActive";

    @Id
    private String code;
    private String label;
    private boolean active;

    protected RomeCode() {
    }

    /** A code new to the application, from France Travail's list: offered in the pickers. */
    RomeCode(String code, String label) {
        this.code = code;
        this.label = label;
        this.active = true;
    }

    /** France Travail's label for the code, and the code offered again if it had been turned off. */
    void offer(String label) {
        this.label = label;
        this.active = true;
    }

    public boolean isActive() {
        return active;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    /** "F1101 – Architecture du BTP et du paysage", as pickers show it. */
    public String getDisplay() {
        return code + " – " + label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RomeCode r && code.equals(r.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
