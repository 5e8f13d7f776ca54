package fr.revitems.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Locale;

/** CDI, CDD, work-study, internship, temporary work; all but CDI have a duration. */
@Entity
@Cacheable
@Table(name = "contract_type")
@NamedQuery(name = ContractType.ACTIVE, query = "select t from ContractType t where t.active = true order by t.sortOrder")
public class ContractType {

    public static final String ACTIVE = "ContractType.active";

    @Id
    private String code;
    @Column(name = "label_fr")
    private String labelFr;
    @Column(name = "label_en")
    private String labelEn;
    @Column(name = "has_duration")
    private boolean hasDuration;
    @Column(name = "sort_order")
    private int sortOrder;
    private boolean active;

    protected ContractType() {
    }

    public String getCode() {
        return code;
    }

    public boolean isHasDuration() {
        return hasDuration;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContractType t && code.equals(t.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
