package fr.revitems.company;

import java.io.Serializable;
import java.time.LocalDate;

/** At the end of a month: contacts known, and the share confirmed in the twelve months before. */
public record MonthlyShare(LocalDate monthEnd, long contacts, long upToDate) implements Serializable {

    public int percent() {
        return contacts == 0 ? 0 : (int) Math.round(100.0 * upToDate / contacts);
    }
}
