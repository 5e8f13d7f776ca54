package fr.revitems.company.web;

import fr.revitems.company.Contact;

import java.io.Serializable;

/** What the contact dialog edits; kept as typed when a save is refused. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String firstName;
    private String lastName;
    private String jobTitle;
    private String email;
    private String phone;
    private String language = "fr";

    void fill(Contact contact) {
        id = contact == null ? null : contact.getId();
        firstName = contact == null ? null : contact.getFirstName();
        lastName = contact == null ? null : contact.getLastName();
        jobTitle = contact == null ? null : contact.getJobTitle();
        email = contact == null ? null : contact.getEmail();
        phone = contact == null ? null : contact.getPhone();
        language = contact == null ? "fr" : contact.getPreferredLanguage();
    }

    public Long getId() {
        return id;
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
