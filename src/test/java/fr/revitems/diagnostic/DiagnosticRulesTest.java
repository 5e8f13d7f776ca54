package fr.revitems.diagnostic;

import fr.revitems.company.CompanyException;
import fr.revitems.support.SupportService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules a diagnostic is saved under, each refusal naming the field it belongs next to. */
class DiagnosticRulesTest {

    @Test
    void aCompleteDiagnosticPasses() {
        assertDoesNotThrow(() -> DiagnosticService.check(withOneLine("Technicien", (short) 5, "TECHNICIAN", (short) 2)));
    }

    @Test
    void theDateIsRequiredAndNotInTheFuture() {
        DiagnosticForm form = withOneLine("Technicien", (short) 5, "TECHNICIAN", (short) 1);
        form.setHeldOn(null);
        assertEquals("heldOn", refusal(form).field());
        form.setHeldOn(LocalDate.now().plusDays(1));
        assertEquals("diagnostic.heldOn.future", refusal(form).messageKey());
    }

    @Test
    void eachPlannedLineNeedsATitleALevelACategoryAndPositions() {
        assertEquals("lines:0:jobTitle", refusal(withOneLine("  ", (short) 5, "TECHNICIAN", (short) 1)).field());
        assertEquals("lines:0:level", refusal(withOneLine("Technicien", null, "TECHNICIAN", (short) 1)).field());
        assertEquals("lines:0:category", refusal(withOneLine("Technicien", (short) 5, null, (short) 1)).field());
        assertEquals("lines:0:positions", refusal(withOneLine("Technicien", (short) 5, "TECHNICIAN", (short) 0)).field());
        assertEquals("lines:0:positions", refusal(withOneLine("Technicien", (short) 5, "TECHNICIAN", (short) 1000)).field());
    }

    @Test
    void theRefusalNamesTheLineItIsAbout() {
        DiagnosticForm form = withOneLine("Technicien", (short) 5, "TECHNICIAN", (short) 1);
        form.addLine();
        form.getLines().get(1).setJobTitle("Ingénieur");
        assertEquals("lines:1:level", refusal(form).field());
    }

    @Test
    void aWeekEndsOnSunday() {
        assertEquals(LocalDate.of(2026, 11, 22), SupportService.endOfWeek(LocalDate.of(2026, 11, 16)));
        assertEquals(LocalDate.of(2026, 11, 22), SupportService.endOfWeek(LocalDate.of(2026, 11, 22)));
        assertEquals(LocalDate.of(2026, 11, 29), SupportService.endOfWeek(LocalDate.of(2026, 11, 23)));
    }

    private static CompanyException refusal(DiagnosticForm form) {
        return assertThrows(CompanyException.class, () -> DiagnosticService.check(form));
    }

    private static DiagnosticForm withOneLine(String title, Short level, String category, Short positions) {
        DiagnosticForm form = new DiagnosticForm();
        form.addLine();
        PlannedRecruitment line = form.getLines().get(0);
        line.setJobTitle(title);
        line.setLevel(level);
        line.setCategory(category);
        line.setPositions(positions);
        return form;
    }
}
