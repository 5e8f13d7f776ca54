package fr.revitems.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A person at a company, and the day their details were last confirmed up to date. */
@Entity
@Table(name = "contact")
@NamedQuery(name = Contact.OF_COMPANY, query = "select c from Contact c where c.company.id = :company order by c.lastName, c.firstName")
@NamedQuery(name = Contact.SAME_EMAIL, query = "select c from Contact c join fetch c.company where lower(c.email) = lower(:email)"
        + " and c.id <> :id")
public class Contact {

    public static final String OF_COMPANY = "Contact.ofCompany";
    public static final String SAME_EMAIL = "Contact.sameEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name", nullable = false)
    private String lastName;
    @Column(name = "job_title")
    private String jobTitle;
    private String email;
    private String phone;
    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = "fr";
    @Column(name = "confirmed_on", nullable = false)
    private LocalDate confirmedOn = LocalDate.now();
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Version
    private int version;

    protected Contact() {
    }

    public Contact(Company company) {
        this.company = company;
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFullName() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public void confirm() {
        confirm(LocalDate.now());
    }

    /** Confirmed on that day (an import's, never later than today). */
    void confirm(LocalDate day) {
        confirmedOn = day;
    }

    public int getVersion() {
        return version;
    }
}
