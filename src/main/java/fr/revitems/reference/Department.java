package fr.revitems.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A French department (official geographic code, e.g. 94 Val-de-Marne, 2A Corse-du-Sud). */
@Entity
@Cacheable
@Table(name = "department")
@NamedQuery(name = Department.ACTIVE, query = "select d from Department d where d.active = true order by d.code")
public class Department {

    public static final String ACTIVE = "Department.active";

    @Id
    private String code;
    private String name;
    private String region;
    private boolean active;

    protected Department() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getRegion() {
        return region;
    }

    /** "94 – Val-de-Marne", as lists show it. */
    public String getLabel() {
        return code + " – " + name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Department department && code.equals(department.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
