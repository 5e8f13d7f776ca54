package fr.revitems.company.imports;

import fr.revitems.company.CompanyIdentifiers;
import fr.revitems.company.CompanyKind;
import fr.revitems.company.CompanyNames;
import fr.revitems.company.ContactService;
import fr.revitems.platform.web.Faces;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

import static fr.revitems.company.imports.ImportColumn.*;
import static fr.revitems.company.imports.LineMessage.error;
import static fr.revitems.company.imports.LineMessage.warning;

/**
 * Checks every line of a file with the company form's rules (the same identifier checks, lengths
 * and patterns) and for duplicates, inside the file and against the database. A line naming a
 * company of an earlier line (same SIRET, or same name, and commune if given, without SIRET) adds
 * its contact to that company; without a contact it is a duplicate.
 */
public final class ImportCheck {

    private static final Pattern NAF_FORM = Pattern.compile("[0-9]{2}\\.?[0-9]{2}[A-Za-z]");
    private static final Pattern POSTAL_CODE_FORM = Pattern.compile("[0-9]{5}");
    private static final Map<String, CompanyKind> KINDS = kinds();
    /** Between the rounds or sectors of one cell. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;,|\\n]\\s*");
    /** A day as French spreadsheets write it (31/12/2024, also with - or .), or ISO (2024-12-31: Excel's date cells). */
    private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of("d/M/uuuu", "uuuu-M-d", "d-M-uuuu", "d.M.uuuu")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final Map<String, Boolean> YES_NO = yesNo();

    private final ImportTable table;
    private final Map<Integer, ImportColumn> columns = new HashMap<>();
    private final List<String> ignored = new ArrayList<>();
    private final Map<String, ImportLine> fileBySiret = new HashMap<>();
    private final Map<String, List<ImportLine>> fileByName = new HashMap<>();
    private final Map<String, ImportLine> fileByEmail = new HashMap<>();
    private KnownData known;

    public ImportCheck(ImportTable table) {
        this.table = table;
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            ImportColumn column = ImportColumn.of(header).orElse(null);
            if (column == null || columns.containsValue(column)) {
                if (!header.isBlank()) {
                    ignored.add(header);
                }
            } else {
                columns.put(i, column);
            }
        }
    }

    /** Values of a column over the file (normalised as the checks compare them), to look up in the database. */
    public Set<String> values(ImportColumn column) {
        Set<String> values = new LinkedHashSet<>();
        columns.forEach((index, c) -> {
            if (c == column) {
                table.rows().stream().map(r -> r.cell(index)).filter(v -> !v.isBlank()).forEach(v -> values.add(switch (column) {
                    case SIRET, SIREN -> CompanyIdentifiers.normalize(v);
                    case NAME -> CompanyNames.normalize(v);
                    default -> v.strip().toLowerCase(Locale.ROOT);
                }));
            }
        });
        return values;
    }

    public ImportPreview run(String fileName, KnownData knownData) {
        this.known = knownData;
        List<ImportLine> lines = table.rows().stream().map(this::line).toList();
        return new ImportPreview(fileName, table.headers(), List.copyOf(ignored), lines);
    }

    private ImportLine line(ImportTable.Row row) {
        Map<ImportColumn, String> values = new HashMap<>();
        columns.forEach((index, column) -> values.put(column, row.cell(index)));
        ImportLine line = new ImportLine(row.line(), row.cells(), values);
        String siret = CompanyIdentifiers.normalize(line.value(SIRET));
        line.setSiret(siret);
        List<ImportLine> earlier = earlierCompanies(line, siret);
        if (earlier.size() > 1) {
            line.add(error("company_import.line.ambiguous", earlier.get(0).getNumber(), earlier.get(1).getNumber()));
        } else if (earlier.size() == 1 && !line.hasContact()) {
            line.add(error("company_import.line.duplicateInFile", earlier.get(0).getNumber()));
        } else if (earlier.size() == 1) {
            ImportLine company = earlier.get(0);
            line.setCompanyLine(company.getNumber());
            if (company.isRejected()) {
                line.add(error("company_import.line.companyRejected", company.getNumber()));
            }
            checkContact(line);
        } else {
            checkCompany(line, siret);
            register(line, siret);
            if (line.hasContact()) {
                checkContact(line);
            }
        }
        return line;
    }

    private List<ImportLine> earlierCompanies(ImportLine line, String siret) {
        if (siret != null) {
            ImportLine same = fileBySiret.get(siret);
            return same == null ? List.of() : List.of(same);
        }
        String name = line.value(NAME);
        if (name == null) {
            return List.of();
        }
        List<ImportLine> sameName = fileByName.getOrDefault(CompanyNames.normalize(name), List.of());
        String commune = line.getCommune();
        return commune == null ? sameName : sameName.stream().filter(l -> commune.equalsIgnoreCase(l.getCommune())).toList();
    }

    private void register(ImportLine line, String siret) {
        if (siret != null) {
            fileBySiret.put(siret, line);
        }
        if (line.value(NAME) != null) {
            fileByName.computeIfAbsent(CompanyNames.normalize(line.value(NAME)), k -> new ArrayList<>()).add(line);
        }
    }

    private void checkCompany(ImportLine line, String siret) {
        String name = line.value(NAME);
        if (name == null) {
            line.add(error("company_import.line.nameMissing"));
        }
        tooLong(line, NAME, 200);
        String kind = line.value(KIND);
        if (kind == null) {
            line.add(error("company_import.line.kindMissing"));
        } else if (KINDS.get(ImportColumn.normalize(kind)) == null) {
            line.add(error("company_import.line.kindUnknown", kind));
        } else {
            line.setKind(KINDS.get(ImportColumn.normalize(kind)));
        }
        String siren = CompanyIdentifiers.normalize(line.value(SIREN));
        if (siret != null && !CompanyIdentifiers.isValidSiret(siret)) {
            line.add(error("company.siret.invalid"));
        } else if (siren != null && !CompanyIdentifiers.isValidSiren(siren)) {
            line.add(error("company.siren.invalid"));
        } else if (siret != null && siren != null && !siret.startsWith(siren)) {
            line.add(error("company.siret.sirenMismatch"));
        }
        if (line.value(NAF) != null && !NAF_FORM.matcher(line.value(NAF)).matches()) {
            line.add(error("company_import.line.nafInvalid", line.value(NAF)));
        }
        if (line.value(POSTAL_CODE) != null && !POSTAL_CODE_FORM.matcher(line.value(POSTAL_CODE)).matches()) {
            line.add(error("company_import.line.postalCodeInvalid", line.value(POSTAL_CODE)));
        }
        tooLong(line, STREET, 200);
        tooLong(line, COMMUNE, 120);
        tooLong(line, NOTES, 10_000);
        department(line);
        line.setRoundIds(named(line, ROUNDS, known.rounds(), "company_import.line.roundUnknown").toArray(Long[]::new));
        line.setSectorCodes(named(line, SECTORS, known.sectors(), "company_import.line.sectorUnknown").toArray(String[]::new));
        officer(line);
        membership(line);
        if (name != null) {
            againstDatabase(line, name, siret, siren);
        }
    }

    /** The department column, else the one the postal code starts with when the application knows it. */
    private void department(ImportLine line) {
        String code = line.value(DEPARTMENT);
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (known.departments().contains(code)) {
                line.setDepartmentCode(code);
            } else {
                line.add(error("company_import.line.departmentUnknown", code));
            }
        } else if (line.value(POSTAL_CODE) != null && POSTAL_CODE_FORM.matcher(line.value(POSTAL_CODE)).matches()
                && known.departments().contains(line.value(POSTAL_CODE).substring(0, 2))) {
            line.setDepartmentCode(line.value(POSTAL_CODE).substring(0, 2));
        }
    }

    /**
     * The rounds or sectors a cell names, each by any of its names, separated by ";", "," or "|" (the whole cell first,
     * for a name that holds a comma); each name not known is an error that quotes it.
     */
    private static <T> List<T> named(ImportLine line, ImportColumn column, Map<String, T> known, String unknownKey) {
        String cell = line.value(column);
        if (cell == null) {
            return List.of();
        }
        T whole = known.get(ImportColumn.normalize(cell));
        if (whole != null) {
            return List.of(whole);
        }
        List<T> found = new ArrayList<>();
        for (String name : LIST_SEPARATOR.split(cell)) {
            if (name.isBlank()) {
                continue;
            }
            T value = known.get(ImportColumn.normalize(name));
            if (value == null) {
                line.add(error(unknownKey, name));
            } else if (!found.contains(value)) {
                found.add(value);
            }
        }
        return found;
    }

    /** The officer in charge, by username, email or name, among the accounts a company can be given to. */
    private void officer(ImportLine line) {
        String officer = line.value(OFFICER);
        if (officer == null) {
            return;
        }
        Long id = known.officers().get(ImportColumn.normalize(officer));
        if (id == null) {
            line.add(error("company_import.line.officerUnknown", officer));
        } else if (id == KnownData.AMBIGUOUS) {
            line.add(error("company_import.line.officerAmbiguous", officer));
        } else {
            line.setOfficerId(id);
        }
    }

    /** Cluster membership: yes or no, and since when; a day alone says yes. */
    private void membership(ImportLine line) {
        String member = line.value(MEMBER);
        Boolean yes = member == null ? null : YES_NO.get(ImportColumn.normalize(member));
        if (member != null && yes == null) {
            line.add(error("company_import.line.memberInvalid", member));
        }
        LocalDate since = date(line, MEMBER_SINCE);
        if (since != null && Boolean.FALSE.equals(yes)) {
            line.add(error("company_import.line.memberSinceNotMember", line.value(MEMBER_SINCE)));
        }
        line.setMember(Boolean.TRUE.equals(yes) || yes == null && since != null, since);
    }

    /** A day of the file, never after today; a value that is not a day is an error that quotes it. */
    private static LocalDate date(ImportLine line, ImportColumn column) {
        String value = line.value(column);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate day = LocalDate.parse(value, format);
                if (day.isAfter(LocalDate.now())) {
                    line.add(error("company_import.line.dateInFuture", column, value));
                    return null;
                }
                return day;
            } catch (DateTimeParseException notThisForm) {
                // the next form
            }
        }
        line.add(error("company_import.line.dateInvalid", column, value));
        return null;
    }

    private void againstDatabase(ImportLine line, String name, String siret, String siren) {
        String commune = line.getCommune();
        String sameName = commune == null ? null : known.byNameAndCommune().get(KnownData.nameAndCommune(name, commune));
        if (siret != null && known.bySiret().containsKey(siret)) {
            line.add(error("company_import.line.siretExists", known.bySiret().get(siret)));
        } else if (siret == null && sameName != null) {
            line.add(error("company_import.line.nameExists", sameName));
        } else if (sameName != null) {
            line.add(warning("company_import.line.nameExistsWarning", sameName));
        }
        String sirenOf = siret != null && CompanyIdentifiers.isValidSiret(siret) ? CompanyIdentifiers.sirenOf(siret) : siren;
        if (sirenOf != null && known.sirens().contains(sirenOf) && (siret == null || !known.bySiret().containsKey(siret))) {
            line.add(warning("company_import.line.sirenExists", sirenOf));
        }
    }

    private void checkContact(ImportLine line) {
        line.setContactConfirmedOn(date(line, CONTACT_CONFIRMED_ON));
        if (line.value(CONTACT_LAST_NAME) == null) {
            line.add(error("contact.lastName.required"));
        }
        tooLong(line, CONTACT_LAST_NAME, 80);
        tooLong(line, CONTACT_FIRST_NAME, 80);
        tooLong(line, CONTACT_JOB_TITLE, 120);
        tooLong(line, CONTACT_PHONE, 32);
        tooLong(line, CONTACT_EMAIL, 254);
        String email = line.value(CONTACT_EMAIL);
        if (email == null) {
            return;
        }
        if (!ContactService.EMAIL.matcher(email).matches()) {
            line.add(error("contact.email.invalid"));
            return;
        }
        String key = email.toLowerCase(Locale.ROOT);
        ImportLine same = fileByEmail.putIfAbsent(key, line);
        if (same != null) {
            line.add(error("company_import.line.emailInFile", same.getNumber()));
        } else if (known.emails().contains(key)) {
            line.add(warning("company_import.line.emailExists", email));
        }
    }

    private static void tooLong(ImportLine line, ImportColumn column, int max) {
        String value = line.value(column);
        if (value != null && value.length() > max) {
            line.add(error("company_import.line.tooLong", column, max));
        }
    }

    private static Map<String, Boolean> yesNo() {
        Map<String, Boolean> answers = new HashMap<>();
        List.of("oui", "o", "yes", "y", "x", "1", "vrai", "true").forEach(a -> answers.put(a, true));
        List.of("non", "n", "no", "0", "faux", "false").forEach(a -> answers.put(a, false));
        return Map.copyOf(answers);
    }

    /** Kinds by their code or their label in either language ("PME", "SME", "Grande entreprise", "TPE"). */
    private static Map<String, CompanyKind> kinds() {
        Map<String, CompanyKind> kinds = new HashMap<>();
        for (CompanyKind kind : CompanyKind.values()) {
            kinds.put(ImportColumn.normalize(kind.name()), kind);
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                String label = ResourceBundle.getBundle(Faces.BUNDLE, locale).getString("CompanyKind." + kind.name());
                kinds.put(ImportColumn.normalize(label), kind);
                kinds.put(ImportColumn.normalize(label.replaceAll("\\(.*\\)", "")), kind);
            }
        }
        kinds.put("startup", CompanyKind.STARTUP);
        return kinds;
    }
}
