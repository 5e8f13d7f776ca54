package fr.revitems.company.imports;

import fr.revitems.company.CompanyNames;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the database already holds that an import file may clash with, limited to the values the
 * file names: companies by SIRET and by name and commune (with their names, for the message),
 * SIRENs, contact emails (lower case) and the department codes in use; and what a line may name,
 * each by every way of writing it ({@link ImportColumn#normalize}): the active programme rounds by
 * name or code, the active EMS sectors by code or label of either language, and the officers a company
 * can be given to by username, email or display name ({@link #AMBIGUOUS} for a name two officers share).
 */
public record KnownData(Map<String, String> bySiret, Map<String, String> byNameAndCommune, Set<String> sirens,
                        Set<String> emails, Set<String> departments, Map<String, Long> rounds, Map<String, String> sectors,
                        Map<String, Long> officers) {

    /** The id {@link #officers} gives a name that more than one officer has. */
    public static final long AMBIGUOUS = -1L;

    public static KnownData empty(Set<String> departments) {
        return new KnownData(Map.of(), Map.of(), Set.of(), Set.of(), departments, Map.of(), Map.of(), Map.of());
    }

    /** The same, with what lines may name. */
    public KnownData naming(Map<String, Long> rounds, Map<String, String> sectors, Map<String, Long> officers) {
        return new KnownData(bySiret, byNameAndCommune, sirens, emails, departments, rounds, sectors, officers);
    }

    /** The key of {@link #byNameAndCommune}: the normalised name and the commune in lower case. */
    public static String nameAndCommune(String name, String commune) {
        return CompanyNames.normalize(name) + "|" + commune.strip().toLowerCase(Locale.ROOT);
    }
}
