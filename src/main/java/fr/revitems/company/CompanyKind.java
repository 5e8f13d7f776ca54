package fr.revitems.company;

/** The kind or size class of a hiring structure. */
public enum CompanyKind {
    /** très petite entreprise (fewer than 10 people) */
    TPE,
    /** petite et moyenne entreprise */
    PME,
    /** entreprise de taille intermédiaire */
    ETI,
    /** grande entreprise */
    GE,
    ASSOCIATION,
    STARTUP,
    PUBLIC_BODY
}
