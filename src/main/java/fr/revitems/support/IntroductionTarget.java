package fr.revitems.support;

/** Whom a company is introduced to. */
public enum IntroductionTarget {
    COMPANY, SCHOOL, EMPLOYMENT_PARTNER, EXPERT
}
