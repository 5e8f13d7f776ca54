package fr.revitems.company.imports;

import fr.revitems.company.CompanyIdentifiers;
import fr.revitems.company.CompanyKind;
import fr.revitems.company.CompanyNames;
import fr.revitems.company.ContactService;
import fr.revitems.platform.web.Faces;

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
