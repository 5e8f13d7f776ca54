package fr.revitems.demo;

import fr.revitems.recruitment.RecruitmentStatus;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A round's identified recruitments and filled jobs. Each share of a job is split into openings of one to
 * five positions, given to diagnosed companies of the job's sector; most come from the diagnostic, later
 * ones from partners, the forum or the company itself. A fixed number of positions is cancelled after the
 * round; the round's filled jobs are spread over its openings (fixed seed), each opening's status following
 * its count, and the rest are consolidated jobs without an opening.
 */
final class DemoRecruitments {

    private static final int[] POSITIONS = {2, 1, 3, 1, 2, 1, 4, 2, 1, 3, 5, 1};
    /** Openings identified later than the diagnostic are identified by this day of the rounds' last year. */
    private static final LocalDate LAST_IDENTIFIED = LocalDate.of(2025, 10, 31);
    private static final LocalDate FIRST_CANCELLATION_AFTER_END = LocalDate.of(2026, 1, 12);
    private static final List<String> ORIGINS = List.of("DIRECT", "PARTNER_REFERRAL", "SCHOOL", "PARTNER_REFERRAL", "DIRECT");
    private static final List<JobTemplate> CONSOLIDATED = List.of(JobTemplate.LANDSCAPE_GARDENER,
            JobTemplate.OPERATIONS_TECHNICIAN, JobTemplate.PIPE_LAYER, JobTemplate.QSE_MANAGER, JobTemplate.RECEPTIONIST);

    private DemoRecruitments() {
    }

    static void write(DemoWriter writer, DemoRound round, List<DemoCompany> companies) throws SQLException {
        List<DemoCompany> diagnosed = companies.stream().filter(c -> c.diagnosed != null).toList();
        List<DemoOpening> openings = split(round.jobs());
        assign(openings, diagnosed, round);
        cancelAfterEnd(openings, round.cancelledAfterEnd());
        List<DemoOpening> kept = openings.stream().filter(o -> o.cancelledOn == null).toList();
        Map<DemoOpening, RecruitmentStatus> open = fill(kept, round);
        openings.addAll(cancelledWithin(round, diagnosed));
        int originCount = 0;
        for (DemoOpening opening : openings) {
            opening.buildHistory(open.getOrDefault(opening, RecruitmentStatus.IDENTIFIED));
            long id = insert(writer, opening);
            for (LocalDate filled : opening.fills) {
                insertFilledJob(writer, opening.company, id, filled, opening.job, origin(opening, filled, originCount++), false);
            }
        }
        consolidated(writer, round, companies);
    }

    private static List<DemoOpening> split(List<JobTemplate.Share> shares) {
        List<DemoOpening> openings = new ArrayList<>();
        int k = 0;
        for (JobTemplate.Share share : shares) {
            int remaining = share.positions();
            while (remaining > 0) {
                int positions = Math.min(POSITIONS[k++ % POSITIONS.length], remaining);
                openings.add(new DemoOpening(share.job(), positions));
                remaining -= positions;
            }
        }
        return openings;
    }

    /** Each opening to a diagnosed company of its job's sector, in turn; its source and day follow from that company's path. */
    private static void assign(List<DemoOpening> openings, List<DemoCompany> diagnosed, DemoRound round) {
        Map<String, Integer> turns = new HashMap<>();
        Map<DemoCompany, Integer> counts = new HashMap<>();
        for (DemoOpening opening : openings) {
            String sector = opening.job.sector() == null ? "*" : opening.job.sector();
            List<DemoCompany> pool = diagnosed.stream().filter(c -> sector.equals("*") || sector.equals(c.sector)).toList();
            if (pool.isEmpty()) {
                pool = diagnosed;
            }
            int turn = turns.merge(sector, 1, Integer::sum) - 1;
            DemoCompany company = pool.get(turn % pool.size());
            int nth = counts.merge(company, 1, Integer::sum) - 1;
            opening.company = company;
            if (company.atForum && nth == 1) {
                opening.source = "FORUM";
                opening.identifiedOn = DemoCompanies.FORUM_DAY;
            } else if (company.supported != null && (nth == 2 || nth == 3)) {
                opening.source = nth == 2 ? "PARTNER" : "SPONTANEOUS";
                opening.identifiedOn = DemoDays.capped(company.supported.plusDays(45L * nth), LAST_IDENTIFIED);
            } else {
                opening.source = "DIAGNOSTIC";
                opening.fromDiagnostic = true;
                opening.identifiedOn = company.diagnosed;
            }
        }
        if (round.jobs().stream().mapToInt(JobTemplate.Share::positions).sum()
                != openings.stream().mapToInt(o -> o.positions).sum()) {
            throw new IllegalStateException("the openings of " + round.code() + " lost positions");
        }
    }

    /** Cancels openings adding up to exactly {@code positions}, after the round ended (so they still count in it). */
    private static void cancelAfterEnd(List<DemoOpening> openings, int positions) {
        int remaining = positions;
        int k = 0;
        for (int pass = 0; pass < 2 && remaining > 0; pass++) {
            for (int i = pass == 0 ? 5 : 0; i < openings.size() && remaining > 0; i += pass == 0 ? 12 : 1) {
                DemoOpening opening = openings.get(i);
                if (opening.cancelledOn == null && opening.positions <= remaining) {
                    opening.cancelledOn = DemoDays.workday(FIRST_CANCELLATION_AFTER_END.plusDays(23L * k++));
                    opening.cancelReason = "L'entreprise a renoncé à ce recrutement : projet reporté à l'an prochain.";
                    remaining -= opening.positions;
                }
            }
        }
        if (remaining > 0) {
            throw new IllegalStateException("cannot cancel exactly " + positions + " positions");
        }
    }

    /**
     * Spreads the round's filled jobs over its openings in a shuffled order (fixed seed): most filled, some
     * partly, some still open; answers the status of each opening left without a hire.
     */
    private static Map<DemoOpening, RecruitmentStatus> fill(List<DemoOpening> kept, DemoRound round) {
        List<DemoOpening> order = new ArrayList<>(kept);
        Collections.shuffle(order, new Random(round.seed() + 1));
        int[] planned = new int[order.size()];
        int budget = round.filledFromOpenings();
        for (int k = 0; k < order.size(); k++) {
            int positions = order.get(k).positions;
            int plan = k % 7 == 6 ? 0 : k % 3 == 2 && positions > 1 ? positions - 1 : positions;
            planned[k] = Math.min(plan, budget);
            budget -= planned[k];
        }
        for (int k = 0; k < order.size() && budget > 0; k++) {
            int more = Math.min(order.get(k).positions - planned[k], budget);
            planned[k] += more;
            budget -= more;
        }
        if (budget > 0) {
            throw new IllegalStateException(round.code() + " has fewer positions than filled jobs to record");
        }
        Map<DemoOpening, RecruitmentStatus> open = new HashMap<>();
        LocalDate last = round.lastActivity();
        for (int k = 0; k < order.size(); k++) {
            DemoOpening opening = order.get(k);
            LocalDate first = opening.identifiedOn.plusDays(45 + (k * 37L) % 120);
            for (int j = 0; j < planned[k]; j++) {
                opening.fills.add(DemoDays.capped(first.plusDays(12L * j), last));
            }
            if (planned[k] == 0) {
                open.put(opening, RecruitmentStatus.values()[k % 3]);
            }
        }
        return open;
    }

    /** Openings identified at a diagnostic and cancelled a few months later, during the round: never counted. */
    private static List<DemoOpening> cancelledWithin(DemoRound round, List<DemoCompany> diagnosed) {
        List<DemoCompany> early = diagnosed.stream().filter(c -> c.diagnosed.getYear() < 2025)
                .sorted(Comparator.comparing((DemoCompany c) -> c.diagnosed)).toList();
        List<DemoOpening> cancelled = new ArrayList<>();
        for (int x = 0; x < round.cancelledWithin().size(); x++) {
            JobTemplate.Share share = round.cancelledWithin().get(x);
            DemoOpening opening = new DemoOpening(share.job(), share.positions());
            opening.company = early.get((x * 7) % early.size());
            opening.source = "DIAGNOSTIC";
            opening.fromDiagnostic = true;
            opening.identifiedOn = opening.company.diagnosed;
            opening.cancelledOn = DemoDays.capped(opening.identifiedOn.plusDays(150), round.lastActivity());
            opening.cancelReason = "Poste supprimé après la réorganisation de l'entreprise.";
            cancelled.add(opening);
        }
        return cancelled;
    }

    private static long insert(DemoWriter writer, DemoOpening opening) throws SQLException {
        DemoCompany company = opening.company;
        JobTemplate job = opening.job;
        long id = writer.insert("insert into recruitment (company_id, diagnostic_id, job_title, rome_code, qualification_level,"
                        + " occupational_category, contract_type, contract_months, positions, commune, department_code, wished_start,"
                        + " source, status, identified_on, created_at, updated_at, updated_by, cancel_reason, cancelled_on)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                company.id, opening.fromDiagnostic ? company.diagnosticId : null, job.title(), job.rome(), job.level(),
                job.category(), job.contract(), job.months(), opening.positions, company.commune.name(),
                company.commune.department(), opening.identifiedOn.plusDays(60), opening.source, opening.status(),
                opening.identifiedOn, DemoWriter.at(opening.identifiedOn, 10, 30), opening.updatedAt(),
                company.officerName(), opening.cancelReason, opening.cancelledOn);
        for (DemoOpening.Change change : opening.history) {
            writer.batch("insert into recruitment_status_change (recruitment_id, from_status, to_status, reason, changed_at,"
                    + " changed_by) values (?, ?, ?, ?, ?, ?)", id, change.from(), change.to(), change.reason(), change.at(),
                    company.officerName());
        }
        return id;
    }

    private static String origin(DemoOpening opening, LocalDate filled, int n) {
        if (opening.company.atForum && !filled.isBefore(DemoCompanies.FORUM_DAY)
                && filled.isBefore(DemoCompanies.FORUM_DAY.plusDays(150))) {
            return "FORUM";
        }
        return "APPRENTICESHIP".equals(opening.job.contract()) ? "SCHOOL" : ORIGINS.get(n % ORIGINS.size());
    }

    /** Jobs kept thanks to the support, without an opening: spread over the round's supported companies. */
    private static void consolidated(DemoWriter writer, DemoRound round, List<DemoCompany> companies) throws SQLException {
        List<DemoCompany> supported = companies.stream().filter(c -> c.supported != null).toList();
        for (int i = 0; i < round.consolidated(); i++) {
            DemoCompany company = supported.get((i * 5) % supported.size());
            LocalDate day = DemoDays.capped(company.supported.plusDays(90 + (i * 23L) % 200), round.lastActivity());
            insertFilledJob(writer, company, null, day, CONSOLIDATED.get(i % CONSOLIDATED.size()), "DIRECT", true);
        }
    }

    private static void insertFilledJob(DemoWriter writer, DemoCompany company, Long recruitmentId, LocalDate filled,
                                        JobTemplate job, String origin, boolean consolidated) throws SQLException {
        writer.batch("insert into filled_job (company_id, recruitment_id, filled_on, contract_type, qualification_level,"
                        + " occupational_category, origin, consolidated, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                company.id, recruitmentId, filled, consolidated ? "CDI" : job.contract(), job.level(), job.category(), origin,
                consolidated, DemoWriter.at(filled, 17, 30), company.officerName());
    }
}
