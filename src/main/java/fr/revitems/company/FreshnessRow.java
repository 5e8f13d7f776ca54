package fr.revitems.company;

import java.io.Serializable;
import java.time.LocalDate;

/** A contact not confirmed for too long, as the freshness page lists it. */
public record FreshnessRow(Long contactId, String name, String email, String phone, LocalDate confirmedOn, Long companyId,
                           String companyName) implements Serializable {
}
