package fr.revitems.demo;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster's actions with each company (the four kinds it counts) and its introductions: a first
 * exchange for every company, a reminder for prospects, the diagnostic's preparation, then workshops and
 * follow-ups for the companies supported, the forum for the eleven hiring structures that came.
 */
final class DemoSupport {

    private record Planned(LocalDate day, String kind, int minutes, String outcome, boolean withSecondContact) {
    }

    private static final List<String> SCHOOLS = List.of("Lycée des métiers de l'eau de Fictiville",
            "IUT de Songeval, génie biologique", "École d'ingénieurs de Chimèrebourg",
            "CFA des métiers du paysage d'Utopiac", "Université de Légendac, master gestion de l'eau");
    private static final List<String> PARTNERS = List.of("France Travail", "APEC", "Mission locale", "Cap emploi");
    private static final List<String> EXPERTS = List.of("Bureau d'études Onirac Conseil",
            "Cabinet d'hydrogéologie de Rêveville", "Centre technique des sols de Contebourg");
    private static final List<String> OUTCOMES = List.of("MEETING_HELD", "COLLABORATION", "MEETING_HELD", "NO_FOLLOW_UP",
            "COLLABORATION");
    /** Introductions made after this day are still waiting for their outcome. */
    private static final LocalDate PENDING_FROM = LocalDate.of(2025, 10, 1);

    private DemoSupport() {
    }

    static void write(DemoWriter writer, List<DemoCompany> companies) throws SQLException {
        for (DemoCompany company : companies) {
            for (Planned action : actions(company)) {
                insertAction(writer, company, action);
            }
            introductions(writer, company, companies);
        }
    }

    private static List<Planned> actions(DemoCompany company) {
        List<Planned> actions = new ArrayList<>();
        actions.add(new Planned(company.entered, "PROSPECTION_EXCHANGE", 45,
                "Premier échange : présentation du programme REVIT'EMS et de l'accompagnement proposé.", false));
        if (company.diagnosed == null) {
            actions.add(new Planned(DemoDays.workday(company.entered.plusDays(30)), "PROSPECTION_EXCHANGE", 20,
                    "Relance : envoi de la plaquette et proposition d'un diagnostic stratégie et emploi.", false));
            return keepInRound(actions, company);
        }
        actions.add(new Planned(DemoDays.workday(company.diagnosed.minusDays(7)), "PROSPECTION_EXCHANGE", 30,
                "Préparation du diagnostic : organigramme, projets et recrutements envisagés.", false));
        if (company.supported != null) {
            LocalDate s = company.supported;
            actions.add(new Planned(DemoDays.workday(s.plusDays(7)), "SUPPORT_WORKSHOP", 120,
                    "Atelier recrutement : fiches de poste, critères de sélection, canaux de diffusion.", true));
            actions.add(new Planned(DemoDays.workday(s.plusDays(30)), "PROJECT_FOLLOW_UP", 60,
                    "Point d'étape sur les recrutements prévus et les mises en relation.", false));
            actions.add(new Planned(DemoDays.workday(s.plusDays(75)), "PROJECT_FOLLOW_UP", 45,
                    "Suivi des candidatures reçues ; deux entretiens programmés.", false));
            actions.add(new Planned(DemoDays.workday(s.plusDays(100)), "SUPPORT_WORKSHOP", 180,
                    "Atelier compétences : plan de formation et accueil d'alternants.", true));
            actions.add(new Planned(DemoDays.workday(s.plusDays(150)), "PROJECT_FOLLOW_UP", 30,
                    "Bilan des embauches et des besoins pour le semestre suivant.", false));
            if (company.atForum) {
                actions.add(new Planned(DemoCompanies.FORUM_DAY, "PARTNERSHIP_EVENT", 240,
                        "Espace emploi du Forum de l'Eau : stand de recrutement et entretiens avec des étudiants.", true));
            } else if (company.number % 4 == 0) {
                actions.add(new Planned(DemoDays.workday(s.plusDays(60)), "PARTNERSHIP_EVENT", 150,
                        "Rencontre entreprises et écoles : présentation des métiers de la filière.", false));
            }
        }
        return keepInRound(actions, company);
    }

    /** Nothing is dated after the round's last day, nor after the company was closed. */
    private static List<Planned> keepInRound(List<Planned> actions, DemoCompany company) {
        LocalDate last = "CLOSED".equals(company.stage()) && company.stageSince().isBefore(company.round.lastActivity())
                ? company.stageSince() : company.round.lastActivity();
        return actions.stream().filter(a -> !a.day().isAfter(last)).toList();
    }

    private static void insertAction(DemoWriter writer, DemoCompany company, Planned action) throws SQLException {
        long id = writer.insert("insert into action (company_id, happened_on, kind, duration_minutes, officer_id, outcome,"
                        + " created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
                company.id, action.day(), action.kind(), action.minutes(), company.officerId(writer), action.outcome(),
                DemoWriter.at(action.day(), 18, 0), company.officerName());
        writer.batch("insert into action_participant (action_id, contact_id) values (?, ?)", id, company.mainContact());
        if (action.withSecondContact() && company.contacts.size() > 1) {
            writer.batch("insert into action_participant (action_id, contact_id) values (?, ?)", id, company.contacts.get(1));
        }
        company.actions.add(new DemoCompany.Done(id, action.day()));
    }

    /** Four to six introductions for a company supported, one after a diagnostic alone. */
    private static void introductions(DemoWriter writer, DemoCompany company, List<DemoCompany> round) throws SQLException {
        if (company.diagnosed == null) {
            return;
        }
        LocalDate from = company.supported != null ? company.supported : company.diagnosed;
        int count = company.supported != null ? 4 + company.number % 3 : 1;
        LocalDate last = company.round.lastActivity();
        for (int n = 0; n < count; n++) {
            LocalDate day = DemoDays.workday(from.plusDays(10 + 25L * n));
            if (day.isAfter(last)) {
                break;
            }
            int k = company.number + n;
            String kind = List.of("COMPANY", "SCHOOL", "EMPLOYMENT_PARTNER", "EXPERT").get(k % 4);
            Long target = null;
            String targetName = null;
            String purpose;
            switch (kind) {
                case "COMPANY" -> {
                    DemoCompany other = round.get((company.index + 17 * (n + 1)) % round.size());
                    if (other == company) {
                        other = round.get((company.index + 1) % round.size());
                    }
                    target = other.id;
                    purpose = "Partage d'expérience sur le recrutement de techniciens ; projet d'alternant partagé.";
                }
                case "SCHOOL" -> {
                    targetName = SCHOOLS.get(k % SCHOOLS.size());
                    purpose = "Présenter les postes à pourvoir aux étudiants et accueillir des stagiaires.";
                }
                case "EMPLOYMENT_PARTNER" -> {
                    targetName = PARTNERS.get(k % PARTNERS.size());
                    purpose = "Diffusion des offres et présélection de candidats.";
                }
                default -> {
                    targetName = EXPERTS.get(k % EXPERTS.size());
                    purpose = "Avis technique sur un projet d'innovation de l'entreprise.";
                }
            }
            String outcome = day.isBefore(PENDING_FROM) ? OUTCOMES.get(k % OUTCOMES.size()) : "PENDING";
            writer.batch("insert into introduction (company_id, made_on, target_kind, target_company_id, target_name, purpose,"
                            + " outcome, outcome_notes, officer_id, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    company.id, day, kind, target, targetName, purpose, outcome,
                    "COLLABORATION".equals(outcome) ? "Collaboration engagée : deux stagiaires accueillis." : null,
                    company.officerId(writer), DemoWriter.at(day, 18, 30), company.officerName());
        }
    }
}
