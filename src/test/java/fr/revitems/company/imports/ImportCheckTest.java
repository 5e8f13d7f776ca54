package fr.revitems.company.imports;

import fr.revitems.company.CompanyKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Line by line checks: the company form's rules, duplicates in the file and in the database, contacts attached to their company. */
class ImportCheckTest {

    private static final String HEADER = "Raison sociale;SIRET;Type de structure;Code postal;Commune;Contact nom;Contact prénom;Contact courriel\n";
    private static final String SIRET = "12345678200010";
    private static final Set<String> DEPARTMENTS = Set.of("91", "94", "75");

    @Test
    void aGoodLineCreatesItsCompanyAndContactWithTheDepartmentOfItsPostalCode() throws ImportFileException {
        ImportPreview preview = check(HEADER + "Eaux Vives SAS;123 456 782 00010;PME;94000;Créteil;Martin;Claire;claire@example.org\n");
        ImportLine line = preview.lines().get(0);
        assertEquals(List.of(), line.getMessages());
        assertTrue(line.createsCompany());
        assertTrue(line.hasContact());
        assertEquals(SIRET, line.companyForm().getSiret());
        assertEquals(CompanyKind.PME, line.companyForm().getKind());
        assertEquals("94", line.companyForm().getDepartmentCode());
        assertEquals(1, preview.companyCount());
        assertEquals(1, preview.contactCount());
    }

    @Test
    void aBadSiretAMissingNameAndAnUnknownKindRejectTheLineWithTheirReasons() throws ImportFileException {
        ImportPreview preview = check(HEADER + "Eaux Vives;12345678200011;PME;;;;;\n"
                + ";;PME;;Orly;;;\n"
                + "Sols Nets;;Coopérative;;;;;\n"
                + "Sans Type;;;;;;;\n");
        assertEquals(List.of("company.siret.invalid"), keys(preview, 0));
        assertEquals(List.of("company_import.line.nameMissing"), keys(preview, 1));
        assertEquals(List.of("company_import.line.kindUnknown"), keys(preview, 2));
        assertEquals(List.of("company_import.line.kindMissing"), keys(preview, 3));
        assertEquals(0, preview.valid().size());
    }

    @Test
    void kindsAreRecognisedByCodeOrLabelInEitherLanguage() throws ImportFileException {
        ImportPreview preview = check("Company name;Kind of structure\nA;SME\nB;Grande entreprise\nC;tpe\nD;Public body\nE;start-up\nF;Organisme public\n");
        assertEquals(List.of(CompanyKind.PME, CompanyKind.GE, CompanyKind.TPE, CompanyKind.PUBLIC_BODY, CompanyKind.STARTUP,
                CompanyKind.PUBLIC_BODY), preview.lines().stream().map(ImportLine::getKind).toList());
    }

    @Test
    void theSameCompanyTwiceInTheFileIsADuplicateButWithAContactItAddsThatContact() throws ImportFileException {
        ImportPreview preview = check(HEADER + "Eaux Vives;" + SIRET + ";PME;;Créteil;Martin;Claire;c@example.org\n"
                + "Eaux Vives;" + SIRET + ";PME;;Créteil;;;\n"
                + ";" + SIRET + ";;;;Durand;Paul;p@example.org\n"
                + "Sols Nets;;ETI;;Orly;;;\n"
                + "SOLS NETS SAS;;;;;Petit;Léa;\n");
        assertEquals(List.of("company_import.line.duplicateInFile"), keys(preview, 1));
        assertEquals(List.of(), keys(preview, 2));
        assertEquals(2, preview.lines().get(2).getCompanyLine());
        assertEquals(5, preview.lines().get(4).getCompanyLine());
        assertEquals(2, preview.companyCount());
        assertEquals(3, preview.contactCount());
    }

    @Test
    void theContactOfARejectedCompanyIsRejectedToo() throws ImportFileException {
        ImportPreview preview = check(HEADER + "Eaux Vives;" + SIRET + ";Inconnu;;;;;\n;" + SIRET + ";;;;Durand;Paul;\n");
        assertEquals(List.of("company_import.line.companyRejected"), keys(preview, 1));
    }

    @Test
    void aContactWithoutLastNameOrWithABadOrRepeatedEmailIsRejected() throws ImportFileException {
        ImportPreview preview = check(HEADER + "A;;PME;;;;Claire;\n"
                + "B;;PME;;;Martin;;pas-un-courriel\n"
                + "C;;PME;;;Martin;;m@example.org\n"
                + "D;;PME;;;Martin;;M@Example.org\n");
        assertEquals(List.of("contact.lastName.required"), keys(preview, 0));
        assertEquals(List.of("contact.email.invalid"), keys(preview, 1));
        assertEquals(List.of(), keys(preview, 2));
        assertEquals(List.of("company_import.line.emailInFile"), keys(preview, 3));
    }

    @Test
    void whatTheDatabaseHoldsMakesDuplicatesOrWarnings() throws ImportFileException {
        String otherEstablishment = "12345678200028";
        KnownData known = new KnownData(Map.of(SIRET, "Eaux Vives (base)"),
                Map.of(KnownData.nameAndCommune("Sols Nets", "Orly"), "Sols Nets SARL"), Set.of("123456782"),
                Set.of("known@example.org"), DEPARTMENTS);
        ImportPreview preview = check(HEADER + "Eaux Vives;" + SIRET + ";PME;;;;;\n"
                + "Sols nets;;PME;;orly;;;\n"
                + "Eaux Vives Sud;" + otherEstablishment + ";PME;;;;;\n"
                + "Nouvelle;;PME;;;Martin;;KNOWN@example.org\n", known);
        assertEquals(List.of("company_import.line.siretExists"), keys(preview, 0));
        assertEquals(List.of("company_import.line.nameExists"), keys(preview, 1));
        assertEquals(List.of("company_import.line.sirenExists"), keys(preview, 2));
        assertFalse(preview.lines().get(2).isRejected());
        assertEquals(List.of("company_import.line.emailExists"), keys(preview, 3));
        assertEquals(2, preview.valid().size());
        assertEquals(2, preview.warningCount());
    }

    @Test
    void fieldsFollowTheFormsPatternsAndLengths() throws ImportFileException {
        ImportPreview preview = check("Raison sociale;Type;Code NAF;Code postal;Département;Commune\n"
                + "A;PME;3600;9400;;x\n"
                + "B;PME;36.00Z;94000;2B;" + "y".repeat(121) + "\n");
        assertEquals(List.of("company_import.line.nafInvalid", "company_import.line.postalCodeInvalid"), keys(preview, 0));
        assertEquals(List.of("company_import.line.tooLong", "company_import.line.departmentUnknown"), keys(preview, 1));
        assertEquals("« Commune » dépasse 120 caractères.", ImportMessages.text(Locale.FRENCH, preview.lines().get(1).getMessages().get(0)));
        assertEquals("\"Town\" is longer than 120 characters.", ImportMessages.text(Locale.ENGLISH, preview.lines().get(1).getMessages().get(0)));
    }

    @Test
    void unknownColumnsAreListedAndIgnored() throws ImportFileException {
        ImportPreview preview = check("Raison sociale;Type;Effectif;Ligne\nA;PME;12;3\n");
        assertEquals(List.of("Effectif", "Ligne"), preview.ignoredHeaders());
        assertEquals(1, preview.valid().size());
    }

    @Test
    void everyTemplateHeaderOfEitherLanguageNamesItsColumn() throws IOException {
        for (String bundle : List.of("Messages.properties", "Messages_en.properties")) {
            Properties labels = bundle(bundle);
            for (ImportColumn column : ImportColumn.values()) {
                assertEquals(column, ImportColumn.of(labels.getProperty(column.labelKey())).orElse(null), bundle + " " + column);
            }
        }
    }

    @Test
    void everyMessageKeyOfTheImportExistsInBothLanguages() throws IOException {
        Properties french = bundle("Messages.properties");
        Properties english = bundle("Messages_en.properties");
        Pattern key = Pattern.compile("\"((?:company_import|company|contact)\\.[A-Za-z.]*[A-Za-z])\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/fr/revitems/company/imports"))) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!french.containsKey(matcher.group(1)) || !english.containsKey(matcher.group(1))) {
                        missing.add(source.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    static ImportPreview check(String csv) throws ImportFileException {
        return check(csv, KnownData.empty(DEPARTMENTS));
    }

    static ImportPreview check(String csv, KnownData known) throws ImportFileException {
        ImportTable table = ImportFiles.read("test.csv", csv.getBytes(StandardCharsets.UTF_8));
        return new ImportCheck(table).run("test.csv", known);
    }

    private static List<String> keys(ImportPreview preview, int index) {
        return preview.lines().get(index).getMessages().stream().map(LineMessage::key).toList();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/fr/revitems/i18n", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
