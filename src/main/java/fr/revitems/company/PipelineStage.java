package fr.revitems.company;

/**
 * The steps a company goes through. Forward moves go one step at a time (a diagnostic comes
 * before support); CLOSED can be reached from anywhere with a closing reason; going back, or
 * reopening a closed company, is allowed with a written reason.
 */
public enum PipelineStage {
    PROSPECTION, DIAGNOSTIC, SUPPORT, SKILLS, CLOSED;

    /** What a move from this stage to {@code target} needs, or why it is refused. */
    public Move moveTo(PipelineStage target) {
        if (target == this) {
            return Move.REFUSED_SAME_STAGE;
        }
        if (target == CLOSED) {
            return Move.NEEDS_CLOSING_REASON;
        }
        if (this == CLOSED || target.ordinal() < ordinal()) {
            return Move.NEEDS_REASON;
        }
        return target.ordinal() == ordinal() + 1 ? Move.FREE : Move.REFUSED_SKIPS_A_STEP;
    }

    public enum Move {
        FREE, NEEDS_REASON, NEEDS_CLOSING_REASON, REFUSED_SAME_STAGE, REFUSED_SKIPS_A_STEP;

        public boolean allowed() {
            return this == FREE || this == NEEDS_REASON || this == NEEDS_CLOSING_REASON;
        }
    }
}
