package fr.revitems.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Locale;

/** Ouvriers, employés, techniciens et agents de maîtrise, ingénieurs et cadres: the second way jobs are counted. */
@Entity
@Cacheable
@Table(name = "occupational_category")
@NamedQuery(name = OccupationalCategory.ACTIVE,
        query = "select o from OccupationalCategory o where o.active = true order by o.sortOrder")
public class OccupationalCategory {

    public static final String ACTIVE = "OccupationalCategory.active";

    @Id
    private String code;
    @Column(name = "label_fr")
    private String labelFr;
    @Column(name = "label_en")
    private String labelEn;
    @Column(name = "sort_order")
    private int sortOrder;
    private boolean active;

    protected OccupationalCategory() {
    }

    public String getCode() {
        return code;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OccupationalCategory o && code.equals(o.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
