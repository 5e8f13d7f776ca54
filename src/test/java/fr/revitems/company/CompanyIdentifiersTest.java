package fr.revitems.company;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompanyIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"443061841", "732829320", "552100554", "356000000", "443 061 841", "443\u00a0061\u00a0841"})
    void acceptsSirensWithAValidLuhnKey(String siren) {
        assertTrue(CompanyIdentifiers.isValidSiren(siren));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"443061842", "44306184", "4430618410", "44306184A", "123456789"})
    void refusesBadSirens(String siren) {
        assertFalse(CompanyIdentifiers.isValidSiren(siren));
    }

    @ParameterizedTest
    @ValueSource(strings = {"44306184100047", "73282932000074", "55210055400013", "443 061 841 00047"})
    void acceptsSiretsWithAValidLuhnKey(String siret) {
        assertTrue(CompanyIdentifiers.isValidSiret(siret));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"44306184100048", "4430618410004", "443061841000470", "4430618410004X"})
    void refusesBadSirets(String siret) {
        assertFalse(CompanyIdentifiers.isValidSiret(siret));
    }

    @Test
    void laPosteEstablishmentsUseTheSumOfDigitsRuleInsteadOfLuhn() {
        // a real La Poste establishment: Luhn fails, the digits add up to 50
        assertFalse(CompanyIdentifiers.luhn("35600000049837"));
        assertTrue(CompanyIdentifiers.isValidSiret("35600000049837"));
        // the head office passes Luhn, which stays accepted
        assertTrue(CompanyIdentifiers.isValidSiret("35600000000048"));
        // neither rule: refused
        assertFalse(CompanyIdentifiers.isValidSiret("35600000012345"));
    }

    @Test
    void theSumOfDigitsRuleIsOnlyForLaPoste() {
        // digits add up to a multiple of 5 but the Luhn key is wrong, and it is not La Poste
        assertFalse(CompanyIdentifiers.isValidSiret("44306184100050"));
    }

    @Test
    void aSiretWhoseSirenIsWrongIsRefusedEvenIfItsOwnKeyMatches() {
        // Luhn-valid over 14 digits, but 443061842 is not a valid SIREN
        assertTrue(CompanyIdentifiers.luhn("44306184200003"));
        assertFalse(CompanyIdentifiers.isValidSiret("44306184200003"));
    }

    @Test
    void aSiretBelongsToTheSirenOfItsFirstNineDigits() {
        assertEquals("443061841", CompanyIdentifiers.sirenOf("443 061 841 00047"));
    }

    @Test
    void aKeyIsAddedThatMakesTheNumberValid() {
        assertEquals("443061841", CompanyIdentifiers.withLuhnKey("44306184"));
        String siret = CompanyIdentifiers.withLuhnKey(CompanyIdentifiers.withLuhnKey("00000042") + "0001");
        assertEquals(14, siret.length());
        assertTrue(CompanyIdentifiers.isValidSiret(siret), siret);
    }
}
