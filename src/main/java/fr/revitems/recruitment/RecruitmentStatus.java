package fr.revitems.recruitment;

/** Where an opening stands: identified, shared with employment partners, in progress, then an outcome. */
public enum RecruitmentStatus {
    IDENTIFIED, SHARED, IN_PROGRESS, FILLED, PARTLY_FILLED, CANCELLED
}
