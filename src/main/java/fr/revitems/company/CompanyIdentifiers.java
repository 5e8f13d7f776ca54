package fr.revitems.company;

/**
 * French company identifiers: SIREN (9 digits) and SIRET (14 digits = SIREN + 5-digit
 * establishment number), both protected by the Luhn key. INSEE's known exception: La Poste's
 * establishments (SIREN 356 000 000) have SIRETs whose digits add up to a multiple of 5 instead.
 * A SIRET is only valid if its SIREN is. Spaces, as people type them ("356 000 000 00048"), are ignored.
 */
public final class CompanyIdentifiers {

    public static final String LA_POSTE_SIREN = "356000000";

    private CompanyIdentifiers() {
    }

    /** Digits only, or the input unchanged (trimmed) if it holds anything but digits and spaces. */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replaceAll("[\\s\\u00a0]", "");
        return compact.chars().allMatch(Character::isDigit) ? compact : value.trim();
    }

    public static boolean isValidSiren(String value) {
        String siren = normalize(value);
        return siren != null && siren.length() == 9 && allDigits(siren) && luhn(siren);
    }

    public static boolean isValidSiret(String value) {
        String siret = normalize(value);
        if (siret == null || siret.length() != 14 || !allDigits(siret) || !isValidSiren(siret.substring(0, 9))) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN)) {
            return luhn(siret) || digitSum(siret) % 5 == 0;
        }
        return luhn(siret);
    }

    /** The SIREN a valid SIRET belongs to. */
    public static String sirenOf(String siret) {
        return normalize(siret).substring(0, 9);
    }

    /** The digits followed by the key that completes their Luhn sum (to make identifiers, e.g. fictional ones). */
    public static String withLuhnKey(String digits) {
        for (int key = 0; key < 10; key++) {
            if (luhn(digits + key)) {
                return digits + key;
            }
        }
        throw new IllegalStateException("no Luhn key for " + digits);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    private static boolean allDigits(String value) {
        return value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
