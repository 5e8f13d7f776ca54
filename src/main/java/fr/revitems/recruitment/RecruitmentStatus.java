package fr.revitems.recruitment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an opening stands: identified, shared with employment partners, in progress, then an outcome.
 * The officer moves an open recruitment forward freely and back with a reason, and cancels with a
 * reason; FILLED and PARTLY_FILLED only follow from the filled jobs recorded against it.
 */
public enum RecruitmentStatus {
    IDENTIFIED, SHARED, IN_PROGRESS, PARTLY_FILLED, FILLED, CANCELLED;

    private static final Set<RecruitmentStatus> OPEN = EnumSet.of(IDENTIFIED, SHARED, IN_PROGRESS);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** What the officer's move from this status to {@code target} needs, or why it is refused. */
    public Move moveTo(RecruitmentStatus target) {
        if (target == this) {
            return Move.REFUSED;
        }
        if (target == FILLED || target == PARTLY_FILLED) {
            return Move.REFUSED_FOLLOWS_FILLED_JOBS;
        }
        if (target == CANCELLED) {
            return this == FILLED ? Move.REFUSED : Move.NEEDS_REASON;
        }
        if (this == CANCELLED) {
            return target == IDENTIFIED ? Move.NEEDS_REASON : Move.REFUSED;
        }
        if (!isOpen()) {
            return Move.REFUSED;
        }
        return target.ordinal() > ordinal() ? Move.FREE : Move.NEEDS_REASON;
    }

    /**
     * The status once {@code filled} of {@code positions} are filled: all of them is FILLED, some is
     * PARTLY_FILLED, none (the last filled job was removed) is back to IN_PROGRESS.
     */
    public RecruitmentStatus afterFilling(int positions, long filled) {
        if (filled >= positions) {
            return FILLED;
        }
        if (filled > 0) {
            return PARTLY_FILLED;
        }
        return isOpen() ? this : IN_PROGRESS;
    }

    public enum Move {
        FREE, NEEDS_REASON, REFUSED, REFUSED_FOLLOWS_FILLED_JOBS;

        public boolean allowed() {
            return this == FREE || this == NEEDS_REASON;
        }
    }
}
