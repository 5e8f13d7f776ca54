package fr.revitems.demo;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** One strategy-and-employment diagnostic per diagnosed company, with content that fits its sector and size. */
final class DemoDiagnostics {

    private static final Map<String, List<String>> ACTIVITY = Map.of(
            "EAU", List.of("Exploitation et maintenance de réseaux d'eau potable et d'assainissement pour des collectivités.",
                    "Analyses de la qualité de l'eau et contrôle des rejets industriels.",
                    "Pose et réhabilitation de canalisations ; interventions d'urgence sur les réseaux."),
            "MILIEUX", List.of("Conception et entretien d'espaces verts et d'îlots de fraîcheur en ville.",
                    "Génie écologique : restauration de berges et de zones humides."),
            "SOLS", List.of("Études géotechniques et diagnostics de pollution des sols avant aménagement.",
                    "Terrassement et gestion des terres excavées sur des chantiers urbains."),
            "BIODECHETS", List.of("Collecte des biodéchets des restaurants et des marchés.",
                    "Compostage de proximité et accompagnement des collectivités."));

    private static final Map<String, List<String>> INNOVATION = Map.of(
            "EAU", List.of("Capteurs connectés pour détecter les fuites sur les réseaux.",
                    "Réutilisation des eaux usées traitées pour l'arrosage urbain.",
                    "Gestion à la source des eaux pluviales (noues, toitures stockantes)."),
            "MILIEUX", List.of("Désimperméabilisation et végétalisation des cours d'école.",
                    "Suivi de la biodiversité par relevés numériques."),
            "SOLS", List.of("Traitement biologique des terres polluées sur site.",
                    "Réemploi des terres excavées grâce à une plateforme de transit."),
            "BIODECHETS", List.of("Micro-méthanisation des biodéchets de restauration collective.",
                    "Traçabilité des collectes par pesée embarquée."));

    private static final List<String> DIFFICULTIES = List.of(
            "Peu de candidats formés aux métiers de l'eau ; plus de trois mois pour recruter un technicien.",
            "Métiers de terrain en tension : candidatures rares pour les postes de chantier.",
            "Difficulté à attirer de jeunes diplômés face aux grands groupes du secteur.",
            "Astreintes et horaires décalés jugés peu attractifs par les candidats.");
    private static final List<String> SKILLS = List.of(
            "Régulation et automatismes des stations de traitement.",
            "Réglementation environnementale et sécurité sur chantier.",
            "Lecture de plans et cartographie (SIG).",
            "Conduite d'engins et habilitations électriques.");
    private static final List<String> TRAINING = List.of(
            "Habilitations électriques et travail en espace confiné.",
            "Formation SIG pour deux techniciens.",
            "Accueil d'apprentis en BTS Métiers de l'eau.",
            "Management d'équipe pour les chefs d'équipe.");
    private static final List<String> SUPPORT = List.of(
            "Mises en relation avec des écoles et des partenaires emploi pour les recrutements prévus.",
            "Participation au forum emploi de la filière.",
            "Appui à la rédaction des offres et à la marque employeur.",
            "Parcours d'intégration pour les alternants.");

    private DemoDiagnostics() {
    }

    static void write(DemoWriter writer, List<DemoCompany> companies) throws SQLException {
        for (DemoCompany company : companies) {
            if (company.diagnosed == null) {
                continue;
            }
            int n = company.number;
            company.diagnosticId = writer.insert("insert into diagnostic (company_id, held_on, conducted_by, activity, innovation,"
                            + " headcount, recruitment_difficulties, skills_gaps, training_needs, support_wanted, created_at,"
                            + " updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                    company.id, company.diagnosed, company.officerName(), pick(ACTIVITY.get(company.sector), n),
                    pick(INNOVATION.get(company.sector), n / 3), headcount(company.kind, n), pick(DIFFICULTIES, n),
                    pick(SKILLS, n / 2), pick(TRAINING, n / 5), pick(SUPPORT, n / 7),
                    DemoWriter.at(company.diagnosed, 17, 0), DemoWriter.at(company.diagnosed, 17, 0), company.officerName());
        }
    }

    private static String pick(List<String> texts, int n) {
        return texts.get(n % texts.size());
    }

    private static int headcount(String kind, int n) {
        return switch (kind) {
            case "TPE" -> 3 + n % 7;
            case "STARTUP" -> 2 + n % 12;
            case "ETI" -> 300 + (n * 37) % 900;
            case "GE" -> 2500 + (n * 131) % 5000;
            case "ASSOCIATION" -> 6 + n % 30;
            case "PUBLIC_BODY" -> 60 + (n * 11) % 300;
            default -> 15 + (n * 7) % 180;
        };
    }
}
