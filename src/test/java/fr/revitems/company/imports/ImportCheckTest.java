package fr.revitems.company.imports;

import fr.revitems.company.CompanyForm;
import fr.revitems.company.CompanyKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
    /** What the service would give for two sectors, two rounds and three officers, two of whom share a name. */
    static final Map<String, String> SECTORS = Map.of("eau", "EAU", "water", "EAU", "sols", "SOLS", "soils", "SOLS");
    private static final Map<String, Long> ROUNDS = Map.of("revit ems 94", 1L, "revitems 94", 1L, "val de marne 2026 2028", 3L);
    private static final Map<String, Long> OFFICERS = Map.of("camille", 7L, "camille peuplier", 7L, "camille example org", 7L,
            "hugo", 8L, "lea", 9L, "lea sorbier", KnownData.AMBIGUOUS);
    private static final KnownData NAMING = KnownData.empty(DEPARTMENTS).naming(ROUNDS, SECTORS, OFFICERS);

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
                Set.of("known@example.org"), DEPARTMENTS, Map.of(), Map.of(), Map.of());
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
    void roundsSectorsOfficerMembershipAndTheContactsLastConfirmationAreTakenByAnyOfTheirNames() throws ImportFileException {
        ImportPreview preview = check("Raison sociale;Type;Dispositifs;Secteurs;Chargée de mission;Adhérent;Date d'adhésion;"
                + "Contact nom;Contact confirmé le\n"
                + "A;PME;\"REVIT'EMS 94 ; Val-de-Marne 2026–2028\";Eau, sols;camille@example.org;Oui;1/3/2024;Martin;15/09/2025\n"
                + "B;PME;revitems-94;SOLS;Camille Peuplier;;2024-03-01;Durand;2025-09-15\n"
                + "C;PME;;;;non;;;01.02.2023\n", NAMING);
        assertEquals(List.of(), keys(preview, 0));
        CompanyForm a = preview.lines().get(0).companyForm();
        assertEquals(List.of(1L, 3L), List.of(a.getRoundIds()));
        assertEquals(List.of("EAU", "SOLS"), List.of(a.getSectorCodes()));
        assertEquals(7L, a.getOfficerId());
        assertTrue(a.isMember());
        assertEquals(LocalDate.of(2024, 3, 1), a.getMemberSince());
        assertEquals(LocalDate.of(2025, 9, 15), preview.lines().get(0).getContactConfirmedOn());
        CompanyForm b = preview.lines().get(1).companyForm();
        assertEquals(List.of(1L), List.of(b.getRoundIds()));
        assertTrue(b.isMember(), "a membership day alone says the company is a member");
        assertEquals(LocalDate.of(2025, 9, 15), preview.lines().get(1).getContactConfirmedOn());
        ImportLine c = preview.lines().get(2);
        assertEquals(List.of(), c.getMessages());
        assertFalse(c.companyForm().isMember());
        assertFalse(c.hasContact(), "a confirmation day alone is no contact");
        assertEquals(3, preview.companyCount());
        assertEquals(2, preview.contactCount());
    }

    @Test
    void aRoundSectorOrOfficerNotKnownABadAnswerOrABadDayRejectTheLineQuotingWhatWasWritten() throws ImportFileException {
        ImportPreview preview = check("Raison sociale;Type;Dispositifs;Secteurs;Chargé de mission;Adhérent;Adhérent depuis;"
                + "Contact nom;Contact confirmé le\n"
                + "A;PME;REVIT'EMS 94;Eau;Léa Sorbier;peut-être;;Martin;31/02/2024\n"
                + "B;PME;REVIT'EMS 77;Eau;personne;non;01/03/2024;Durand;" + LocalDate.now().plusDays(1).format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\n"
                + "C;PME;Val-de-Marne 2026–2028;\"Eau; Énergie\";;;hier;;\n", NAMING);
        assertEquals(List.of("company_import.line.officerAmbiguous", "company_import.line.memberInvalid",
                "company_import.line.dateInvalid"), keys(preview, 0));
        assertEquals(List.of("company_import.line.roundUnknown", "company_import.line.officerUnknown",
                "company_import.line.memberSinceNotMember", "company_import.line.dateInFuture"), keys(preview, 1));
        assertEquals(List.of("company_import.line.sectorUnknown", "company_import.line.dateInvalid"), keys(preview, 2));
        assertEquals("Secteur EMS inconnu : « Énergie » (Eau, Milieux et aménagements, Sols ou Biodéchets ; plusieurs, séparés"
                + " par des points-virgules).", ImportMessages.text(Locale.FRENCH, preview.lines().get(2).getMessages().get(0)));
        assertEquals("\"Member since\": \"hier\" is not a date (dd/mm/yyyy).",
                ImportMessages.text(Locale.ENGLISH, preview.lines().get(2).getMessages().get(1)));
        assertEquals("« Contact confirmé le » : « 31/02/2024 » n'est pas une date (jj/mm/aaaa).",
                ImportMessages.text(Locale.FRENCH, preview.lines().get(0).getMessages().get(2)));
        assertEquals(0, preview.valid().size());
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
