package fr.revitems.company.imports;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns an import file may have, in the template's order. A header is recognised whatever
 * its case, accents or punctuation, in French or in English: the template's headers of both
 * languages (bundle keys {@code company_import.column.*}) plus the usual alternatives listed here.
 */
public enum ImportColumn {
    NAME("raison sociale", "nom de l entreprise", "nom entreprise", "entreprise", "structure", "denomination",
            "company name", "company", "organisation", "organization"),
    SIRET("siret", "n siret", "numero siret", "siret number"),
    SIREN("siren", "n siren", "numero siren", "siren number"),
    KIND("type", "type de structure", "categorie", "kind", "kind of structure", "type of structure"),
    NAF("naf", "code naf", "ape", "code ape", "naf code", "code naf ape"),
    STREET("adresse", "rue", "street", "address", "street address"),
    POSTAL_CODE("code postal", "cp", "postal code", "postcode", "zip code", "zip"),
    COMMUNE("commune", "ville", "city", "town"),
    DEPARTMENT("departement", "dept", "dep", "department"),
    ROUNDS("dispositifs", "dispositif", "dispositifs du programme", "programme", "programmes", "programme rounds",
            "programme round", "rounds", "round"),
    SECTORS("secteurs ems", "secteurs", "secteur", "filieres", "filiere", "ems sectors", "sectors", "sector"),
    OFFICER("charge de mission", "charge e de mission", "chargee de mission", "referent", "referente", "suivi par",
            "officer in charge", "officer"),
    MEMBER("adherent au cluster", "adherent", "adherente", "membre du cluster", "membre", "cluster member", "member"),
    MEMBER_SINCE("adherent depuis", "membre depuis", "date d adhesion", "member since", "membership since"),
    NOTES("notes", "remarques", "commentaire", "commentaires", "comments"),
    CONTACT_LAST_NAME("contact nom", "nom du contact", "nom contact", "contact last name", "contact name", "last name"),
    CONTACT_FIRST_NAME("contact prenom", "prenom du contact", "prenom contact", "prenom", "contact first name", "first name"),
    CONTACT_JOB_TITLE("contact fonction", "fonction", "poste", "contact job title", "job title"),
    CONTACT_EMAIL("contact courriel", "contact email", "contact e mail", "courriel", "email", "e mail", "mail"),
    CONTACT_PHONE("contact telephone", "telephone", "tel", "contact phone", "phone"),
    CONTACT_LANGUAGE("contact langue", "langue", "contact language", "language"),
    CONTACT_CONFIRMED_ON("contact confirme le", "contact a jour au", "contact mis a jour le", "date de mise a jour",
            "mis a jour le", "derniere mise a jour", "confirme le", "contact confirmed on", "confirmed on", "last confirmed",
            "last updated");

    private final List<String> aliases;

    ImportColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** Bundle key of the header the template writes. */
    public String labelKey() {
        return "company_import.column." + name();
    }

    /** A column of the contact's own details: one of them filled makes the line carry a contact (not its confirmation day alone). */
    public boolean isContact() {
        return name().startsWith("CONTACT_") && this != CONTACT_CONFIRMED_ON;
    }

    /** The column a header names, if any. */
    public static Optional<ImportColumn> of(String header) {
        String key = normalize(header);
        return Arrays.stream(values()).filter(c -> c.aliases.contains(key)).findFirst();
    }

    /** Lower case, no accents, words separated by one space: "N° SIRET" → "n siret". */
    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", " ").trim();
    }
}
