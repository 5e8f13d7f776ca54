package fr.revitems.company;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompanyNamesTest {

    @Test
    void accentsCaseAndPunctuationDoNotMakeADifferentName() {
        assertEquals("eaux et sols de l ile", CompanyNames.normalize("Eaux & Sols de l'Île"));
        assertEquals(CompanyNames.normalize("EAUX ET SOLS DE L'ILE"), CompanyNames.normalize("Eaux & Sols de l'Île"));
    }

    @Test
    void legalFormsAreLeftOut() {
        assertEquals("biodechets du val", CompanyNames.normalize("Biodéchets du Val SAS"));
        assertEquals("biodechets du val", CompanyNames.normalize("SARL Biodéchets-du-Val"));
        assertEquals("hydro", CompanyNames.normalize("Société HYDRO (S.A.)".replace("(S.A.)", "SA")));
    }

    @Test
    void ligaturesAreSpelledOut() {
        assertEquals("coeur de ville", CompanyNames.normalize("Cœur de Ville"));
    }

    @Test
    void aNameMadeOnlyOfALegalFormIsKept() {
        assertEquals("sas", CompanyNames.normalize("SAS"));
    }

    @Test
    void nothingGivesAnEmptyName() {
        assertEquals("", CompanyNames.normalize(null));
        assertEquals("", CompanyNames.normalize("  "));
    }
}
