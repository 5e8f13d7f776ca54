package fr.revitems.forum;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules of the forum dialog, checked before anything is written. */
class ForumFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    @Test
    void aForumHeldWithANameIsAcceptedWithoutAPlace() {
        assertDoesNotThrow(() -> valid().check(TODAY));
    }

    @Test
    void nameAndDateAreRequiredAndTheForumHeld() {
        ForumForm form = valid();
        form.setName(" ");
        refused(form, "forum.name.required", "name");
        form = valid();
        form.setHeldOn(null);
        refused(form, "forum.heldOn.required", "heldOn");
        form.setHeldOn(TODAY.plusDays(1));
        refused(form, "forum.heldOn.future", "heldOn");
        form.setHeldOn(LocalDate.of(1925, 4, 24));
        refused(form, "forum.heldOn.tooOld", "heldOn");
    }

    @Test
    void lengthsAreThoseOfTheTable() {
        ForumForm form = valid();
        form.setName("n".repeat(201));
        refused(form, "forum.name.tooLong", "name");
        form = valid();
        form.setVenue("v".repeat(201));
        refused(form, "forum.venue.tooLong", "venue");
        form = valid();
        form.setCommune("c".repeat(121));
        refused(form, "forum.commune.tooLong", "commune");
    }

    private static ForumForm valid() {
        ForumForm form = new ForumForm();
        form.setName("Forum emploi de la filière eau");
        form.setHeldOn(LocalDate.of(2025, 4, 24));
        return form;
    }

    private static void refused(ForumForm form, String key, String field) {
        ForumException refusal = assertThrows(ForumException.class, () -> form.check(TODAY));
        assertEquals(key, refusal.messageKey());
        assertEquals(field, refusal.field());
    }
}
