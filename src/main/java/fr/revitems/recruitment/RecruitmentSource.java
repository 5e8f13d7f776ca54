package fr.revitems.recruitment;

/** Where an identified recruitment came from. */
public enum RecruitmentSource {
    DIAGNOSTIC, FORUM, SPONTANEOUS, PARTNER
}
