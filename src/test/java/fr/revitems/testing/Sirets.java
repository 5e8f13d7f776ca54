package fr.revitems.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, random SIRET numbers for test companies: a Luhn-valid SIREN, then an establishment number completing the key. */
public final class Sirets {

    private Sirets() {
    }

    public static String random() {
        String siren = withCheckDigit(randomDigits(8, true));
        return withCheckDigit(siren + randomDigits(4, false));
    }

    private static String randomDigits(int count, boolean noLeadingZero) {
        StringBuilder digits = new StringBuilder();
        digits.append(noLeadingZero ? 1 + ThreadLocalRandom.current().nextInt(9) : ThreadLocalRandom.current().nextInt(10));
        while (digits.length() < count) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }

    private static String withCheckDigit(String digits) {
        for (int check = 0; check < 10; check++) {
            if (luhn(digits + check)) {
                return digits + check;
            }
        }
        throw new IllegalStateException("no Luhn digit");
    }

    private static boolean luhn(String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int digit = number.charAt(number.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
