package fr.revitems.company;

import fr.revitems.platform.Texts;
import fr.revitems.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** The people of a company. A contact's email already used elsewhere is shown to the officer, who decides. */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class ContactService {

    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Stands for "no record to leave out" in the duplicate queries (ids are positive). */
    private static final long NO_ID = -1L;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public List<Contact> ofCompany(long companyId) {
        return em.createNamedQuery(Contact.OF_COMPANY, Contact.class).setParameter("company", companyId).getResultList();
    }

    /** Other contacts with the same email (any company), for the duplicate warning. */
    public List<Contact> sameEmail(String email, Long excludeId) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return em.createNamedQuery(Contact.SAME_EMAIL, Contact.class).setParameter("email", email.strip())
                .setParameter("id", excludeId == null ? NO_ID : excludeId).setMaxResults(10).getResultList();
    }

    public Contact save(long companyId, Long contactId, String firstName, String lastName, String jobTitle,
                        String email, String phone, String language) {
        return save(companyId, contactId, firstName, lastName, jobTitle, email, phone, language, null);
    }

    /**
     * The same, the details confirmed on the day given (an import tells when the base last checked them) or, when it
     * is null, today.
     */
    public Contact save(long companyId, Long contactId, String firstName, String lastName, String jobTitle,
                        String email, String phone, String language, LocalDate confirmedOn) {
        if (lastName == null || lastName.isBlank()) {
            throw new CompanyException("contact.lastName.required", "lastName");
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            throw new CompanyException("contact.email.invalid", "email");
        }
        Contact contact;
        if (contactId == null) {
            Company company = em.find(Company.class, companyId);
            if (company == null) {
                throw new CompanyException("company.notFound", null);
            }
            contact = new Contact(company);
            em.persist(contact);
        } else {
            contact = em.find(Contact.class, contactId);
            if (contact == null) {
                throw new CompanyException("contact.notFound", null);
            }
        }
        contact.setFirstName(Texts.clean(firstName));
        contact.setLastName(lastName.strip());
        contact.setJobTitle(Texts.clean(jobTitle));
        contact.setEmail(Texts.clean(email));
        contact.setPhone(Texts.clean(phone));
        contact.setPreferredLanguage("en".equals(language) ? "en" : "fr");
        contact.confirm(confirmedOn == null || confirmedOn.isAfter(LocalDate.now()) ? LocalDate.now() : confirmedOn);
        em.flush();
        em.persist(new ContactConfirmation(contact.getId(), contact.getConfirmedOn(), session.getCallerPrincipal().getName()));
        return contact;
    }

}
