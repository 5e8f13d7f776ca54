package fr.revitems.demo;

/**
 * A kind of job the demo's companies plan to hire for: title, ROME code, diploma level, occupational
 * category, contract, and the EMS sector of the companies that hire for it (null: any company).
 */
record JobTemplate(String title, String rome, int level, String category, String contract, Integer months,
                   String sector) {

    static final JobTemplate OPERATIONS_TECHNICIAN = new JobTemplate(
            "Technicien(ne) d'exploitation eau et assainissement", "K2301", 5, "TECHNICIAN", "CDI", null, "EAU");
    static final JobTemplate LAB_TECHNICIAN = new JobTemplate(
            "Technicien(ne) de laboratoire d'analyses", "H1503", 5, "TECHNICIAN", "CDD", 12, "EAU");
    static final JobTemplate WORKS_SUPERVISOR = new JobTemplate(
            "Conducteur(trice) de travaux paysagers", "F1201", 5, "TECHNICIAN", "CDI", null, "MILIEUX");
    static final JobTemplate HSE_TECHNICIAN = new JobTemplate(
            "Technicien(ne) hygiène sécurité environnement", "H1303", 5, "TECHNICIAN", "CDI", null, null);
    static final JobTemplate DRAUGHTSPERSON = new JobTemplate(
            "Dessinateur(trice)-projeteur(se) VRD", "F1104", 5, "TECHNICIAN", "CDI", null, "MILIEUX");
    static final JobTemplate SURVEYOR = new JobTemplate(
            "Technicien(ne) topographe", "F1107", 5, "TECHNICIAN", "CDD", 6, "SOLS");
    static final JobTemplate SEWER_TEAM_LEADER = new JobTemplate(
            "Chef(fe) d'équipe assainissement", "K2301", 4, "TECHNICIAN", "CDI", null, "EAU");
    static final JobTemplate MAINTENANCE_TECHNICIAN = new JobTemplate(
            "Technicien(ne) de maintenance des installations", "I1304", 4, "TECHNICIAN", "CDI", null, null);
    static final JobTemplate HYDRAULIC_ENGINEER = new JobTemplate(
            "Ingénieur(e) d'études hydrauliques", "F1106", 7, "EXECUTIVE", "CDI", null, "EAU");
    static final JobTemplate SOIL_ENGINEER = new JobTemplate(
            "Chargé(e) d'études sites et sols pollués", "F1105", 7, "EXECUTIVE", "CDI", null, "SOLS");
    static final JobTemplate BIOGAS_PROJECT_MANAGER = new JobTemplate(
            "Chef(fe) de projet méthanisation", "K2306", 7, "EXECUTIVE", "CDI", null, "BIODECHETS");
    static final JobTemplate QSE_MANAGER = new JobTemplate(
            "Responsable qualité sécurité environnement", "H1302", 6, "EXECUTIVE", "CDI", null, null);
    static final JobTemplate ENVIRONMENT_OFFICER = new JobTemplate(
            "Chargé(e) de mission environnement", "A1303", 6, "EXECUTIVE", "CDD", 18, "MILIEUX");
    static final JobTemplate SALES_ASSISTANT = new JobTemplate(
            "Assistant(e) technique et commercial(e)", null, 5, "EMPLOYEE", "CDI", null, null);
    static final JobTemplate APPRENTICE_ENGINEER = new JobTemplate(
            "Apprenti(e) ingénieur(e) traitement de l'eau", "K2301", 7, "EXECUTIVE", "APPRENTICESHIP", 36, "EAU");
    static final JobTemplate PIPE_LAYER = new JobTemplate(
            "Canalisateur(trice)", "F1705", 3, "WORKER", "CDI", null, "EAU");
    static final JobTemplate BIOWASTE_COLLECTOR = new JobTemplate(
            "Agent(e) de collecte des biodéchets", "K2303", 3, "WORKER", "CDD", 6, "BIODECHETS");
    static final JobTemplate LANDSCAPE_GARDENER = new JobTemplate(
            "Jardinier(ère) paysagiste", "A1203", 4, "WORKER", "CDI", null, "MILIEUX");
    static final JobTemplate PLANT_OPERATOR = new JobTemplate(
            "Conducteur(trice) d'engins de terrassement", "F1302", 3, "WORKER", "TEMPORARY", 3, "SOLS");
    static final JobTemplate RECEPTIONIST = new JobTemplate(
            "Agent(e) d'accueil et de planification", null, 4, "EMPLOYEE", "CDD", 12, null);
    static final JobTemplate SOIL_RESEARCHER = new JobTemplate(
            "Chercheur(se) en écologie des sols", "K2402", 8, "EXECUTIVE", "CDD", 36, "SOLS");
    static final JobTemplate COLLECTION_DRIVER = new JobTemplate(
            "Chauffeur(euse)-collecteur(trice) en tournée", "N4105", 3, "WORKER", "CDI", null, "BIODECHETS");
    static final JobTemplate SORTING_OPERATOR = new JobTemplate(
            "Agent(e) de tri et de valorisation", "K2304", 3, "WORKER", "CDD", 6, "BIODECHETS");

    /** How many positions of a job a round's companies identify in all. */
    record Share(JobTemplate job, int positions) {
    }
}
