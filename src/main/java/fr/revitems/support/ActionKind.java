package fr.revitems.support;

/** The four kinds of action the cluster counts in its activity reviews. */
public enum ActionKind {
    PROJECT_FOLLOW_UP, PROSPECTION_EXCHANGE, SUPPORT_WORKSHOP, PARTNERSHIP_EVENT
}
