package fr.revitems.meeting;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules of the meeting dialog, checked before anything is written. */
class MeetingFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    @Test
    void aMeetingHeldTodayWithAPartnerAndASubjectIsAccepted() {
        assertDoesNotThrow(() -> valid().check(TODAY));
    }

    @Test
    void theDateIsRequiredAndAMeetingIsRecordedOnceHeld() {
        MeetingForm form = valid();
        form.setHeldOn(null);
        refused(form, "meeting.heldOn.required", "heldOn");
        form.setHeldOn(TODAY.plusDays(1));
        refused(form, "meeting.heldOn.future", "heldOn");
        form.setHeldOn(LocalDate.of(1926, 3, 12));
        refused(form, "meeting.heldOn.tooOld", "heldOn");
    }

    @Test
    void kindPartnerAndSubjectAreRequiredAndBlanksAreNothing() {
        MeetingForm form = valid();
        form.setPartnerKind(null);
        refused(form, "meeting.partnerKind.required", "partnerKind");
        form = valid();
        form.setPartnerName("   ");
        refused(form, "meeting.partnerName.required", "partnerName");
        form = valid();
        form.setSubject(null);
        refused(form, "meeting.subject.required", "subject");
    }

    @Test
    void lengthsAreThoseOfTheTableCountedWithoutSurroundingBlanks() {
        MeetingForm form = valid();
        form.setPartnerName("  " + "a".repeat(200) + "  ");
        assertDoesNotThrow(() -> form.check(TODAY));
        form.setPartnerName("a".repeat(201));
        refused(form, "meeting.partnerName.tooLong", "partnerName");
        MeetingForm subject = valid();
        subject.setSubject("s".repeat(501));
        refused(subject, "meeting.subject.tooLong", "subject");
        MeetingForm notes = valid();
        notes.setNotes("n".repeat(10_001));
        refused(notes, "meeting.notes.tooLong", "notes");
    }

    @Test
    void aNewFormIsForAMeetingHeldToday() {
        assertEquals(LocalDate.now(), new MeetingForm().getHeldOn());
    }

    private static MeetingForm valid() {
        MeetingForm form = new MeetingForm();
        form.setHeldOn(TODAY);
        form.setPartnerKind(PartnerKind.SCHOOL);
        form.setPartnerName("IUT de Créteil-Vitry");
        form.setSubject("Alternance en génie de l'eau");
        return form;
    }

    private static void refused(MeetingForm form, String key, String field) {
        MeetingException refusal = assertThrows(MeetingException.class, () -> form.check(TODAY));
        assertEquals(key, refusal.messageKey());
        assertEquals(field, refusal.field());
    }
}
