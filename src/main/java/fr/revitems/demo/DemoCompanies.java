package fr.revitems.demo;

import fr.revitems.company.CompanyIdentifiers;
import fr.revitems.company.CompanyNames;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The companies of one round: entries into the pipeline spread over the round, a shuffled (fixed
 * seed) choice of the ones diagnosed and, among them, the ones supported; then each company is written
 * with its sectors, round, contacts and stage history, as the application writes them.
 */
final class DemoCompanies {

    /** Companies entering after this day are not diagnosed yet when the rounds end. */
    private static final LocalDate LAST_DIAGNOSED_ENTRY = LocalDate.of(2025, 6, 30);
    static final LocalDate FORUM_DAY = LocalDate.of(2025, 4, 24);
    /** Hiring structures at the forum's employment area. */
    static final int FORUM_STRUCTURES = 11;

    private static final List<String> SECTORS = List.of("EAU", "MILIEUX", "EAU", "BIODECHETS", "SOLS", "EAU",
            "MILIEUX", "BIODECHETS", "EAU", "SOLS");
    private static final List<String> KINDS = List.of("PME", "TPE", "PME", "STARTUP", "TPE", "PME", "ETI", "TPE",
            "ASSOCIATION", "PME", "GE", "TPE", "PUBLIC_BODY", "PME", "TPE");

    private final Set<String> names = new HashSet<>();

    /** Plans the round's companies; {@code firstNumber} numbers them across the whole demo. */
    List<DemoCompany> plan(DemoRound round, int firstNumber) {
        List<DemoCompany> companies = new ArrayList<>();
        LocalDate first = round.starts().plusDays(10);
        long span = ChronoUnit.DAYS.between(first, round.lastEntry());
        for (int i = 0; i < round.companies(); i++) {
            DemoCompany company = new DemoCompany(round, i, firstNumber + i,
                    DemoDays.workday(first.plusDays(i * span / round.companies())));
            describe(company);
            company.move(company.entered, "PROSPECTION", null, null);
            companies.add(company);
        }
        List<DemoCompany> candidates = new ArrayList<>(companies.stream()
                .filter(c -> !c.entered.isAfter(LAST_DIAGNOSED_ENTRY)).toList());
        Collections.shuffle(candidates, new Random(round.seed()));
        List<DemoCompany> diagnosed = candidates.subList(0, round.diagnosed());
        for (int j = 0; j < diagnosed.size(); j++) {
            follow(diagnosed.get(j), j < round.supported());
        }
        for (DemoCompany company : companies) {
            if (company.diagnosed == null) {
                closeProspect(company);
            }
        }
        if (round == DemoRound.VAL_DE_MARNE) {
            companies.stream().filter(c -> c.supported != null && c.supported.isBefore(FORUM_DAY.minusDays(14)))
                    .sorted(Comparator.comparing((DemoCompany c) -> c.supported).reversed())
                    .limit(FORUM_STRUCTURES).forEach(c -> c.atForum = true);
        }
        return companies;
    }

    private void describe(DemoCompany company) {
        int n = company.number;
        company.sector = SECTORS.get(n % SECTORS.size());
        String second = SECTORS.get((n + 3) % SECTORS.size());
        company.secondSector = n % 3 == 0 && !second.equals(company.sector) ? second : null;
        company.kind = KINDS.get(n % KINDS.size());
        company.name = uniqueName(company);
        List<DemoNames.Commune> communes = DemoNames.COMMUNES.get(company.round.department());
        company.commune = communes.get((n * 3) % communes.size());
        company.street = (1 + (n * 7) % 120) + " " + DemoNames.STREETS.get(n % DemoNames.STREETS.size());
        company.naf = naf(company);
        company.siret = n % 7 == 5 || "ASSOCIATION".equals(company.kind) ? null : siret(n);
        company.officer = company.round.officers().get(company.index % company.round.officers().size());
    }

    private String uniqueName(DemoCompany company) {
        int n = company.number;
        List<String> activities = DemoNames.ACTIVITIES.get(company.sector);
        for (int attempt = 0; attempt < 1000; attempt++) {
            String activity = activities.get((n * 7 + attempt) % activities.size());
            String place = DemoNames.PLACES.get((n * 5 + attempt / activities.size()) % DemoNames.PLACES.size());
            String name = switch (company.kind) {
                case "ASSOCIATION" -> "Association " + DemoNames.company(activity, place);
                case "PUBLIC_BODY" -> "Régie " + DemoNames.company(activity, place);
                case "TPE", "PME" -> DemoNames.company(activity, place) + (n % 2 == 0 ? " SAS" : " SARL");
                default -> DemoNames.company(activity, place);
            };
            if (names.add(CompanyNames.normalize(name))) {
                return name;
            }
        }
        throw new IllegalStateException("The demo ran out of company names for sector " + company.sector);
    }

    private static String naf(DemoCompany company) {
        if ("ASSOCIATION".equals(company.kind)) {
            return "94.99Z";
        }
        if ("PUBLIC_BODY".equals(company.kind)) {
            return "84.11Z";
        }
        List<String> codes = switch (company.sector) {
            case "EAU" -> List.of("36.00Z", "37.00Z", "42.21Z", "71.20B");
            case "MILIEUX" -> List.of("81.30Z", "71.12B");
            case "SOLS" -> List.of("39.00Z", "43.12A", "71.12B");
            default -> List.of("38.11Z", "38.21Z", "38.32Z");
        };
        return codes.get(company.number % codes.size());
    }

    /**
     * A SIRET that passes the checks but belongs to nobody: SIREN 0000xxxx (never allocated), then the
     * establishment number 0001 and the key that completes the Luhn sum.
     */
    static String siret(int number) {
        String siren = CompanyIdentifiers.withLuhnKey(String.format("0000%04d", number));
        return CompanyIdentifiers.withLuhnKey(siren + "0001");
    }

    /** A diagnosed company: its diagnostic, then support for some, and what came after. */
    private static void follow(DemoCompany company, boolean supported) {
        int i = company.number;
        LocalDate last = company.round.lastActivity();
        company.diagnosed = DemoDays.workday(company.entered.plusDays(21 + (i * 13L) % 60));
        company.move(company.diagnosed, "DIAGNOSTIC", null, null);
        if (!supported) {
            LocalDate closed = DemoDays.workday(company.diagnosed.plusDays(45));
            if (i % 3 == 0 && !closed.isAfter(last)) {
                company.move(closed, "CLOSED", "NOT_INTERESTED", "Pas de projet de recrutement à court terme après le diagnostic.");
            }
            return;
        }
        company.supported = DemoDays.workday(company.diagnosed.plusDays(14 + (i * 7L) % 30));
        company.move(company.supported, "SUPPORT", null, null);
        LocalDate skills = DemoDays.workday(company.supported.plusDays(150 + (i * 11L) % 120));
        LocalDate completed = DemoDays.workday(company.supported.plusDays(240));
        if (i % 5 == 0 && !skills.isAfter(last)) {
            company.move(skills, "SKILLS", null, null);
        } else if (i % 5 == 3 && !completed.isAfter(last)) {
            company.move(completed, "CLOSED", "SUPPORT_COMPLETED", "Accompagnement terminé : les recrutements prévus sont réalisés.");
        }
    }

    private static void closeProspect(DemoCompany company) {
        int i = company.number;
        LocalDate last = company.round.lastActivity();
        if (i % 5 == 0 && !company.entered.plusDays(62).isAfter(last)) {
            company.move(DemoDays.workday(company.entered.plusDays(60)), "CLOSED", "UNREACHABLE", "Aucune réponse après trois relances.");
        } else if (i % 5 == 1 && !company.entered.plusDays(42).isAfter(last)) {
            company.move(DemoDays.workday(company.entered.plusDays(40)), "CLOSED", "NOT_INTERESTED", "Pas de besoin identifié pour le moment.");
        } else if (i % 9 == 2 && !company.entered.plusDays(32).isAfter(last)) {
            company.move(DemoDays.workday(company.entered.plusDays(30)), "CLOSED", "OUT_OF_SCOPE", "Activité hors des filières Eau, Milieux, Sols, Biodéchets.");
        }
    }

    /** Writes the companies with their sectors, round, contacts (and their confirmations) and stage history. */
    static void write(DemoWriter writer, List<DemoCompany> companies, LocalDate today, int[] contactCounter) throws SQLException {
        for (DemoCompany company : companies) {
            writeCompany(writer, company);
            writeContacts(writer, company, today, contactCounter);
        }
    }

    private static void writeCompany(DemoWriter writer, DemoCompany company) throws SQLException {
        LocalDate memberSince = company.number % 4 == 0 ? company.entered.plusDays(180) : null;
        if (memberSince != null && memberSince.isAfter(company.round.lastActivity())) {
            memberSince = null;
        }
        company.id = writer.insert("insert into company (name, normalized_name, siret, siren, kind, naf_code, street,"
                        + " postal_code, commune, department_code, officer_id, member, member_since, notes, stage, stage_since,"
                        + " created_at, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " returning id",
                company.name, CompanyNames.normalize(company.name), company.siret,
                company.siret == null ? null : company.siret.substring(0, 9), company.kind, company.naf, company.street,
                company.commune.postalCode(), company.commune.name(), company.commune.department(),
                company.officerId(writer), memberSince != null, memberSince,
                "Entreprise fictive : données de démonstration.",
                company.stage(), DemoWriter.at(company.stageSince(), 10, company.moves.size()),
                DemoWriter.at(company.entered, 10, 1), DemoWriter.at(company.stageSince(), 10, company.moves.size()),
                company.officerName());
        writer.batch("insert into company_sector (company_id, sector_code) values (?, ?)", company.id, company.sector);
        if (company.secondSector != null) {
            writer.batch("insert into company_sector (company_id, sector_code) values (?, ?)", company.id, company.secondSector);
        }
        writer.batch("insert into company_round (company_id, round_id) values (?, ?)", company.id, writer.roundId(company.round.code()));
        for (int m = 0; m < company.moves.size(); m++) {
            DemoCompany.Move move = company.moves.get(m);
            writer.batch("insert into stage_change (company_id, from_stage, to_stage, closing_reason, reason, changed_at,"
                            + " changed_by) values (?, ?, ?, ?, ?, ?, ?)",
                    company.id, move.from(), move.to(), move.closingReason(), move.reason(),
                    DemoWriter.at(move.day(), 10, m + 1), company.officerName());
        }
    }

    private static void writeContacts(DemoWriter writer, DemoCompany company, LocalDate today, int[] counter) throws SQLException {
        int n = company.number;
        int count = n % 3 == 0 ? 3 : 1 + n % 2;
        String domain = DemoNames.slug(company.name) + (n % 2 == 0 ? ".example.fr" : ".example.org");
        for (int k = 0; k < count; k++) {
            int c = counter[0]++;
            String[] person = DemoNames.person(c);
            LocalDate confirmed = confirmedOn(company, c, today);
            long id = writer.insert("insert into contact (company_id, first_name, last_name, job_title, email, phone,"
                            + " preferred_language, confirmed_on, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                    company.id, person[0], person[1], jobTitle(company.kind, k),
                    DemoNames.emailLocal(person[0], person[1]) + "@" + domain,
                    c % 4 == 3 ? null : DemoNames.phone(c), c % 15 == 7 ? "en" : "fr", confirmed,
                    DemoWriter.at(company.entered, 10, 2));
            writer.batch("insert into contact_confirmation (contact_id, confirmed_on, confirmed_by) values (?, ?, ?)",
                    id, company.entered, company.officerName());
            if (confirmed.isAfter(company.entered)) {
                writer.batch("insert into contact_confirmation (contact_id, confirmed_on, confirmed_by) values (?, ?, ?)",
                        id, confirmed, company.officerName());
            }
            company.contacts.add(id);
        }
    }

    /**
     * Half the contacts were confirmed within the last eleven months (the cluster's real share of up-to-date
     * contacts is 48%), the others during the round: the freshness page has both.
     */
    private static LocalDate confirmedOn(DemoCompany company, int c, LocalDate today) {
        LocalDate day = c % 2 == 0 ? today.minusDays((c * 13L) % 330) : company.entered.plusDays((c * 29L) % 400);
        if (c % 2 != 0 && day.isAfter(company.round.lastActivity())) {
            day = company.round.lastActivity();
        }
        return day.isBefore(company.entered) ? company.entered : day;
    }

    private static String jobTitle(String kind, int k) {
        if (k == 1) {
            return "Responsable des ressources humaines";
        }
        if (k == 2) {
            return "Responsable d'exploitation";
        }
        return switch (kind) {
            case "TPE" -> "Gérant(e)";
            case "STARTUP" -> "Fondateur(trice)";
            case "ASSOCIATION" -> "Président(e)";
            case "PUBLIC_BODY" -> "Directeur(trice) des services techniques";
            default -> "Directeur(trice) général(e)";
        };
    }
}
