package fr.revitems.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Locale;

/** A diploma level of the national nomenclature (2019): 3 (CAP/BEP) to 8 (doctorate). */
@Entity
@Cacheable
@Table(name = "qualification_level")
@NamedQuery(name = QualificationLevel.ACTIVE, query = "select q from QualificationLevel q where q.active = true order by q.level")
public class QualificationLevel {

    public static final String ACTIVE = "QualificationLevel.active";

    @Id
    private Short level;
    @Column(name = "label_fr")
    private String labelFr;
    @Column(name = "label_en")
    private String labelEn;
    private boolean active;

    protected QualificationLevel() {
    }

    public Short getLevel() {
        return level;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QualificationLevel q && level.equals(q.level);
    }

    @Override
    public int hashCode() {
        return level.hashCode();
    }
}
