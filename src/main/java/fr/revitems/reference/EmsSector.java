package fr.revitems.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Locale;

/** One of the cluster's sectors: Eau, Milieux et aménagements, Sols, Biodéchets. */
@Entity
@Cacheable
@Table(name = "ems_sector")
@NamedQuery(name = EmsSector.ACTIVE, query = "select s from EmsSector s where s.active = true order by s.sortOrder")
public class EmsSector {

    public static final String ACTIVE = "EmsSector.active";

    @Id
    private String code;
    @Column(name = "label_fr")
    private String labelFr;
    @Column(name = "label_en")
    private String labelEn;
    @Column(name = "sort_order")
    private int sortOrder;
    private boolean active;

    protected EmsSector() {
    }

    public String getCode() {
        return code;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmsSector sector && code.equals(sector.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
