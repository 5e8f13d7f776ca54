package fr.revitems.company.imports;

import fr.revitems.company.Company;
import fr.revitems.company.CompanyException;
import fr.revitems.company.CompanyService;
import fr.revitems.company.ContactService;
import fr.revitems.reference.Department;
import fr.revitems.reference.EmsSector;
import fr.revitems.reference.ProgrammeRound;
import fr.revitems.reference.ReferenceData;
import fr.revitems.security.AppUser;
import fr.revitems.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Previews an import file against the database, then creates its valid lines in one transaction
 * through the same services as the forms: all of them, or (on any refusal) none.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class CompanyImportService {

    /** Lines between two flushes that empty the persistence context, so a long import stays fast. */
    private static final int BATCH = 100;
    private static final int IN_LIMIT = 1_000;

    @PersistenceContext
    EntityManager em;

    @EJB
    CompanyService companies;

    @EJB
    ContactService contacts;

    @Inject
    ReferenceData reference;

    public ImportPreview preview(String fileName, byte[] content) throws ImportFileException {
        ImportTable table = ImportFiles.read(fileName, content);
        ImportCheck check = new ImportCheck(table);
        return check.run(fileName, known(check));
    }

    /** Creates the valid lines' companies and contacts, advancing the progress line by line. */
    public ImportResult importValid(ImportPreview preview, ImportProgress progress) {
        Map<Integer, Long> companyOfLine = new HashMap<>();
        int companyCount = 0;
        int contactCount = 0;
        int done = 0;
        for (ImportLine line : preview.valid()) {
            try {
                if (line.createsCompany()) {
                    Company company = companies.create(line.companyForm());
                    em.flush();
                    companyOfLine.put(line.getNumber(), company.getId());
                    companyCount++;
                }
                if (line.hasContact()) {
                    long company = companyOfLine.get(line.createsCompany() ? line.getNumber() : line.getCompanyLine());
                    contacts.save(company, null, line.value(ImportColumn.CONTACT_FIRST_NAME), line.value(ImportColumn.CONTACT_LAST_NAME),
                            line.value(ImportColumn.CONTACT_JOB_TITLE), line.value(ImportColumn.CONTACT_EMAIL),
                            line.value(ImportColumn.CONTACT_PHONE), line.contactLanguage(), line.getContactConfirmedOn());
                    contactCount++;
                }
            } catch (CompanyException refused) {
                Serializable[] arguments = java.util.Arrays.stream(refused.arguments()).map(String::valueOf).toArray(Serializable[]::new);
                throw new ImportFailedException(line.getNumber(), LineMessage.error(refused.messageKey(), arguments));
            }
            if (++done % BATCH == 0) {
                em.flush();
                em.clear();
            }
            progress.advance();
        }
        return new ImportResult(companyCount, contactCount);
    }

    private KnownData known(ImportCheck check) {
        Map<String, String> bySiret = new HashMap<>();
        inChunks(check.values(ImportColumn.SIRET), chunk -> em.createQuery(
                "select c.siret, c.name from Company c where c.siret in :values", Object[].class)
                .setParameter("values", chunk).getResultList().forEach(r -> bySiret.put((String) r[0], (String) r[1])));
        Map<String, String> byNameAndCommune = new HashMap<>();
        inChunks(check.values(ImportColumn.NAME), chunk -> em.createQuery(
                "select c.name, c.commune from Company c where c.normalizedName in :values and c.commune is not null", Object[].class)
                .setParameter("values", chunk).getResultList()
                .forEach(r -> byNameAndCommune.putIfAbsent(KnownData.nameAndCommune((String) r[0], (String) r[1]), (String) r[0])));
        Set<String> sirens = new HashSet<>();
        Set<String> candidates = new HashSet<>(check.values(ImportColumn.SIREN));
        check.values(ImportColumn.SIRET).stream().filter(s -> s.length() >= 9).forEach(s -> candidates.add(s.substring(0, 9)));
        inChunks(candidates, chunk -> sirens.addAll(em.createQuery("select c.siren from Company c where c.siren in :values", String.class)
                .setParameter("values", chunk).getResultList()));
        Set<String> emails = new HashSet<>();
        inChunks(check.values(ImportColumn.CONTACT_EMAIL), chunk -> emails.addAll(em.createQuery(
                "select lower(c.email) from Contact c where lower(c.email) in :values", String.class)
                .setParameter("values", chunk).getResultList()));
        Set<String> departments = new HashSet<>(em.createNamedQuery(Department.ACTIVE, Department.class).getResultList()
                .stream().map(Department::getCode).toList());
        return new KnownData(bySiret, byNameAndCommune, sirens, emails, departments, roundNames(), sectorNames(), officerNames());
    }

    /** The active rounds (those the company form offers) by name and code. */
    private Map<String, Long> roundNames() {
        Map<String, Long> names = new HashMap<>();
        for (ProgrammeRound round : reference.getRounds()) {
            names.put(ImportColumn.normalize(round.getName()), round.getId());
            names.put(ImportColumn.normalize(round.getCode()), round.getId());
        }
        return names;
    }

    /** The active EMS sectors by code and by label in either language. */
    private Map<String, String> sectorNames() {
        Map<String, String> names = new HashMap<>();
        for (EmsSector sector : reference.getSectors()) {
            for (String name : List.of(sector.getCode(), sector.label(Locale.FRENCH), sector.label(Locale.ENGLISH))) {
                names.put(ImportColumn.normalize(name), sector.getCode());
            }
        }
        return names;
    }

    /** The officers a company can be given to, by username, email and display name; a name two of them share is ambiguous. */
    private Map<String, Long> officerNames() {
        Map<String, Long> names = new HashMap<>();
        for (AppUser officer : reference.getOfficers()) {
            for (String name : new HashSet<>(java.util.Arrays.asList(officer.getUsername(), officer.getEmail(), officer.getDisplayName()))) {
                if (name != null && !name.isBlank()) {
                    names.merge(ImportColumn.normalize(name), officer.getId(), (a, b) -> a.equals(b) ? a : KnownData.AMBIGUOUS);
                }
            }
        }
        return names;
    }

    private static void inChunks(Set<String> values, Consumer<List<String>> query) {
        List<String> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += IN_LIMIT) {
            query.accept(all.subList(from, Math.min(all.size(), from + IN_LIMIT)));
        }
    }
}
