package fr.revitems.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A day a contact's details were confirmed up to date, and by whom. Never edited. */
@Entity
@Table(name = "contact_confirmation")
public class ContactConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contact_id", nullable = false)
    private Long contactId;

    @Column(name = "confirmed_on", nullable = false)
    private LocalDate confirmedOn;

    @Column(name = "confirmed_by", nullable = false)
    private String confirmedBy;

    protected ContactConfirmation() {
    }

    ContactConfirmation(Long contactId, LocalDate confirmedOn, String confirmedBy) {
        this.contactId = contactId;
        this.confirmedOn = confirmedOn;
        this.confirmedBy = confirmedBy;
    }
}
