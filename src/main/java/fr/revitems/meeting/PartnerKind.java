package fr.revitems.meeting;

/** Who the programme met: the kinds of employment partner the funders ask about. */
public enum PartnerKind {
    EMPLOYMENT_AGENCY, SCHOOL, YOUTH_AGENCY, PUBLIC_AUTHORITY, OTHER
}
