package fr.revitems.security;

/** The roles of the application; their names are the container's security roles. */
public enum Role {
    /** Manages accounts and reference data; sees everything officers see. */
    ADMIN,
    /** Programme officer (chargé de mission): companies, recruitments, reports. */
    OFFICER,
    /** Employment partner (France Travail, APEC, schools...): its own portal. */
    PARTNER,
    /** Job-forum registration desk. */
    DESK;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String OFFICER_NAME = "OFFICER";
    public static final String PARTNER_NAME = "PARTNER";
    public static final String DESK_NAME = "DESK";
}
