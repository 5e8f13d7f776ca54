package fr.revitems.company;

import org.junit.jupiter.api.Test;

import static fr.revitems.company.PipelineStage.CLOSED;
import static fr.revitems.company.PipelineStage.DIAGNOSTIC;
import static fr.revitems.company.PipelineStage.Move.FREE;
import static fr.revitems.company.PipelineStage.Move.NEEDS_CLOSING_REASON;
import static fr.revitems.company.PipelineStage.Move.NEEDS_REASON;
import static fr.revitems.company.PipelineStage.Move.REFUSED_SAME_STAGE;
import static fr.revitems.company.PipelineStage.Move.REFUSED_SKIPS_A_STEP;
import static fr.revitems.company.PipelineStage.PROSPECTION;
import static fr.revitems.company.PipelineStage.SKILLS;
import static fr.revitems.company.PipelineStage.SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PipelineStageTest {

    @Test
    void aCompanyMovesForwardOneStepAtATimeWithoutJustification() {
        assertEquals(FREE, PROSPECTION.moveTo(DIAGNOSTIC));
        assertEquals(FREE, DIAGNOSTIC.moveTo(SUPPORT));
        assertEquals(FREE, SUPPORT.moveTo(SKILLS));
    }

    @Test
    void skippingAStepIsRefused() {
        assertEquals(REFUSED_SKIPS_A_STEP, PROSPECTION.moveTo(SUPPORT));
        assertEquals(REFUSED_SKIPS_A_STEP, DIAGNOSTIC.moveTo(SKILLS));
        assertFalse(PROSPECTION.moveTo(SKILLS).allowed());
    }

    @Test
    void goingBackNeedsAReason() {
        assertEquals(NEEDS_REASON, SUPPORT.moveTo(DIAGNOSTIC));
        assertEquals(NEEDS_REASON, SKILLS.moveTo(PROSPECTION));
    }

    @Test
    void closingNeedsAClosingReasonFromAnyStage() {
        for (PipelineStage stage : new PipelineStage[] {PROSPECTION, DIAGNOSTIC, SUPPORT, SKILLS}) {
            assertEquals(NEEDS_CLOSING_REASON, stage.moveTo(CLOSED));
        }
    }

    @Test
    void reopeningAClosedCompanyNeedsAReasonAndMayGoToAnyStage() {
        assertEquals(NEEDS_REASON, CLOSED.moveTo(PROSPECTION));
        assertEquals(NEEDS_REASON, CLOSED.moveTo(SKILLS));
    }

    @Test
    void stayingPutIsNotAMove() {
        assertEquals(REFUSED_SAME_STAGE, SUPPORT.moveTo(SUPPORT));
    }
}
