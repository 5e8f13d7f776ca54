package fr.revitems.company.imports;

import fr.revitems.company.CompanyNames;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the database already holds that an import file may clash with, limited to the values the
 * file names: companies by SIRET and by name and commune (with their names, for the message),
 * SIRENs, contact emails (lower case) and the department codes in use.
 */
public record KnownData(Map<String, String> bySiret, Map<String, String> byNameAndCommune, Set<String> sirens,
                        Set<String> emails, Set<String> departments) {

    public static KnownData empty(Set<String> departments) {
        return new KnownData(Map.of(), Map.of(), Set.of(), Set.of(), departments);
    }

    /** The key of {@link #byNameAndCommune}: the normalised name and the commune in lower case. */
    public static String nameAndCommune(String name, String commune) {
        return CompanyNames.normalize(name) + "|" + commune.strip().toLowerCase(Locale.ROOT);
    }
}
