package fr.revitems.recruitment;

/** How the person was hired. */
public enum JobOrigin {
    FORUM, PARTNER_REFERRAL, DIRECT, SCHOOL
}
