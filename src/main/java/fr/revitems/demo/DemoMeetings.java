package fr.revitems.demo;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The working meetings with employment partners of each round, and the water sector's job forum of 24 April 2025. */
final class DemoMeetings {

    private static final List<String> KINDS = List.of("EMPLOYMENT_AGENCY", "SCHOOL", "PUBLIC_AUTHORITY", "YOUTH_AGENCY",
            "EMPLOYMENT_AGENCY", "SCHOOL", "OTHER");
    private static final Map<String, List<String>> PARTNERS = Map.of(
            "EMPLOYMENT_AGENCY", List.of("France Travail", "APEC", "Cap emploi"),
            "SCHOOL", List.of("Lycée des métiers de l'eau de Fictiville", "IUT de Songeval",
                    "École d'ingénieurs de Chimèrebourg", "CFA des métiers du paysage d'Utopiac"),
            "YOUTH_AGENCY", List.of("Mission locale", "Point information jeunesse"),
            "OTHER", List.of("Association d'insertion de Démonville", "Groupement d'employeurs de Songeval"));
    private static final Map<String, List<String>> AUTHORITIES = Map.of(
            "94", List.of("Conseil départemental du Val-de-Marne", "DRIEETS Île-de-France", "Établissement public territorial de Fictiville"),
            "91", List.of("Conseil départemental de l'Essonne", "DRIEETS Île-de-France", "Communauté d'agglomération de Songeval"));
    private static final List<String> SUBJECTS = List.of(
            "Métiers en tension de la filière eau : besoins des entreprises accompagnées",
            "Diffusion des offres des entreprises accompagnées",
            "Alternance : calendrier des formations et places disponibles",
            "Bilan des recrutements du semestre",
            "Présentation du programme REVIT'EMS aux conseillers emploi",
            "Visite de site avec des demandeurs d'emploi",
            "Préparation d'une session de recrutement collective");

    private DemoMeetings() {
    }

    static void write(DemoWriter writer, DemoRound round) throws SQLException {
        LocalDate first = round.starts().plusDays(45);
        long span = ChronoUnit.DAYS.between(first, round.lastActivity());
        for (int i = 0; i < round.partnerMeetings(); i++) {
            LocalDate day = DemoDays.capped(first.plusDays(i * span / round.partnerMeetings()), round.lastActivity());
            String kind = KINDS.get(i % KINDS.size());
            List<String> names = "PUBLIC_AUTHORITY".equals(kind) ? AUTHORITIES.get(round.department()) : PARTNERS.get(kind);
            DemoAccounts.Account officer = round.officers().get(i % round.officers().size());
            writer.batch("insert into partner_meeting (held_on, partner_kind, partner_name, subject, round_id, department_code,"
                            + " officer_id, notes, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    day, kind, names.get(i % names.size()), SUBJECTS.get(i % SUBJECTS.size()), writer.roundId(round.code()),
                    round.department(), writer.userId(officer.username()),
                    i % 3 == 0 ? "Compte rendu envoyé aux entreprises concernées." : null,
                    DemoWriter.at(day, 18, 0), officer.username());
        }
    }

    /** The one forum held: the water forum's employment area, 24 April 2025, in Val-de-Marne. */
    static void writeForum(DemoWriter writer) throws SQLException {
        writer.batch("insert into job_forum (name, held_on, department_code, round_id, created_at, created_by)"
                        + " values (?, ?, ?, ?, ?, ?)",
                "Forum de l'Eau 2025 : espace emploi", DemoCompanies.FORUM_DAY, "94",
                writer.roundId(DemoRound.VAL_DE_MARNE.code()), DemoWriter.at(LocalDate.of(2025, 2, 3), 10, 0),
                DemoAccounts.CAMILLE.username());
    }
}
