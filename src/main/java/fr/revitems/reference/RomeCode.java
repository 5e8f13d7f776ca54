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
public class RomeCode {

    public static final String ACTIVE = "RomeCode.active";

    @Id
    private String code;
    private String label;
    private boolean active;

    protected RomeCode() {
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
