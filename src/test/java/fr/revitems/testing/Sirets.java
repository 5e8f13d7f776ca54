package fr.revitems.testing;

import fr.revitems.company.CompanyIdentifiers;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, random SIRET numbers for test companies: a Luhn-valid SIREN, then an establishment number completing the key. */
public final class Sirets {

    private Sirets() {
    }

    public static String random() {
        String siren = CompanyIdentifiers.withLuhnKey(randomDigits(8, true));
        return CompanyIdentifiers.withLuhnKey(siren + randomDigits(4, false));
    }

    private static String randomDigits(int count, boolean noLeadingZero) {
        StringBuilder digits = new StringBuilder();
        digits.append(noLeadingZero ? 1 + ThreadLocalRandom.current().nextInt(9) : ThreadLocalRandom.current().nextInt(10));
        while (digits.length() < count) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
