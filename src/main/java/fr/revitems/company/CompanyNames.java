package fr.revitems.company;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The form of a company name used to find duplicates and to sort: no accents, no case, no
 * punctuation, no legal form ("Eaux & Sols SAS" and "EAUX ET SOLS" are the same name).
 */
public final class CompanyNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> LEGAL_FORMS = Set.of("sa", "sas", "sasu", "sarl", "eurl", "sci", "snc", "scop",
            "scic", "sem", "gie", "selarl", "societe", "ste", "ets", "etablissements", "groupe");

    private CompanyNames() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("&", " et ")
                .replace("œ", "oe").replace("æ", "ae");
        StringBuilder normalized = new StringBuilder();
        for (String word : NOT_ALNUM.matcher(plain).replaceAll(" ").trim().split(" ")) {
            if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
                if (!normalized.isEmpty()) {
                    normalized.append(' ');
                }
                normalized.append(word);
            }
        }
        return normalized.isEmpty() ? plain.trim() : normalized.toString();
    }
}
