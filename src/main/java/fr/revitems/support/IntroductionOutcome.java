package fr.revitems.support;

/** What came of an introduction, as far as the officer knows. */
public enum IntroductionOutcome {
    PENDING, MEETING_HELD, COLLABORATION, NO_FOLLOW_UP
}
