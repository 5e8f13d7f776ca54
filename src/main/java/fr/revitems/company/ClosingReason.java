package fr.revitems.company;

/** Why a company leaves the programme. */
public enum ClosingReason {
    NOT_INTERESTED, UNREACHABLE, SUPPORT_COMPLETED, OUT_OF_SCOPE, OTHER
}
