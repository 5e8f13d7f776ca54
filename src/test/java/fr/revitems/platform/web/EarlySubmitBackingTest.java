package fr.revitems.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The early-submit page links back only to a page of this application, on this host. */
class EarlySubmitBackingTest {

    private static String back(String referer) {
        return EarlySubmitBacking.sameApplication(referer, "https", "revitems.example.org", 443, "/revitems");
    }

    @Test
    void aPageOfTheApplicationIsOfferedBackWithItsQuery() {
        assertEquals("https://revitems.example.org/revitems/company/view.xhtml?id=42",
                back("https://revitems.example.org/revitems/company/view.xhtml?id=42"));
        assertEquals("https://revitems.example.org:443/revitems/company/edit.xhtml",
                back("https://revitems.example.org:443/revitems/company/edit.xhtml"));
    }

    @Test
    void anythingElseIsNot() {
        assertNull(back(null));
        assertNull(back("not a uri ::"));
        assertNull(back("https://evil.example.com/revitems/company/view.xhtml?id=42"));
        assertNull(back("http://revitems.example.org/revitems/company/view.xhtml"));
        assertNull(back("https://revitems.example.org:8443/revitems/company/view.xhtml"));
        assertNull(back("https://revitems.example.org/other/company/view.xhtml"));
        assertNull(back("https://revitems.example.org/revitems-other/x.xhtml"));
        assertNull(back("https://revitems.example.org/revitems/errors/early.xhtml"));
        assertNull(back("javascript:alert(1)"));
    }
}
