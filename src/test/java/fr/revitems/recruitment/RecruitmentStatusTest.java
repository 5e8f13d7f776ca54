package fr.revitems.recruitment;

import org.junit.jupiter.api.Test;

import static fr.revitems.recruitment.RecruitmentStatus.CANCELLED;
import static fr.revitems.recruitment.RecruitmentStatus.FILLED;
import static fr.revitems.recruitment.RecruitmentStatus.IDENTIFIED;
import static fr.revitems.recruitment.RecruitmentStatus.IN_PROGRESS;
import static fr.revitems.recruitment.RecruitmentStatus.PARTLY_FILLED;
import static fr.revitems.recruitment.RecruitmentStatus.SHARED;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The status rules of an identified recruitment. */
class RecruitmentStatusTest {

    @Test
    void anOpenRecruitmentMovesForwardFreelyAndBackWithAReason() {
        assertEquals(RecruitmentStatus.Move.FREE, IDENTIFIED.moveTo(SHARED));
        assertEquals(RecruitmentStatus.Move.FREE, IDENTIFIED.moveTo(IN_PROGRESS));
        assertEquals(RecruitmentStatus.Move.NEEDS_REASON, IN_PROGRESS.moveTo(SHARED));
        assertEquals(RecruitmentStatus.Move.REFUSED, SHARED.moveTo(SHARED));
    }

    @Test
    void filledAndPartlyFilledOnlyFollowFromFilledJobs() {
        assertEquals(RecruitmentStatus.Move.REFUSED_FOLLOWS_FILLED_JOBS, IN_PROGRESS.moveTo(FILLED));
        assertEquals(RecruitmentStatus.Move.REFUSED_FOLLOWS_FILLED_JOBS, SHARED.moveTo(PARTLY_FILLED));
        assertEquals(RecruitmentStatus.Move.REFUSED, FILLED.moveTo(IN_PROGRESS));
    }

    @Test
    void cancellingAndReopeningNeedAReason() {
        assertEquals(RecruitmentStatus.Move.NEEDS_REASON, SHARED.moveTo(CANCELLED));
        assertEquals(RecruitmentStatus.Move.NEEDS_REASON, PARTLY_FILLED.moveTo(CANCELLED));
        assertEquals(RecruitmentStatus.Move.REFUSED, FILLED.moveTo(CANCELLED));
        assertEquals(RecruitmentStatus.Move.NEEDS_REASON, CANCELLED.moveTo(IDENTIFIED));
        assertEquals(RecruitmentStatus.Move.REFUSED, CANCELLED.moveTo(IN_PROGRESS));
    }

    @Test
    void theStatusFollowsTheFilledPositions() {
        assertEquals(PARTLY_FILLED, SHARED.afterFilling(3, 2), "3 positions, 2 filled");
        assertEquals(FILLED, PARTLY_FILLED.afterFilling(3, 3));
        assertEquals(PARTLY_FILLED, FILLED.afterFilling(5, 3), "positions raised after all were filled");
        assertEquals(IN_PROGRESS, PARTLY_FILLED.afterFilling(3, 0), "the only filled job removed");
        assertEquals(SHARED, SHARED.afterFilling(3, 0), "nothing filled, nothing changes");
    }
}
