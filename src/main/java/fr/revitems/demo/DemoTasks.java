package fr.revitems.demo;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Support-plan tasks of each demo officer, dated from the day the demo is loaded so that "My follow-ups"
 * has something to show: some overdue, some due this week, some later; and past ones done, each the
 * follow-up of an action.
 */
final class DemoTasks {

    private static final List<String> TITLES = List.of(
            "Relancer l'entreprise sur ses recrutements prévus",
            "Envoyer le compte rendu du diagnostic",
            "Préparer l'atelier compétences",
            "Transmettre les offres aux partenaires emploi",
            "Vérifier les embauches du trimestre",
            "Proposer une mise en relation avec une école",
            "Organiser une visite de site avec la Mission locale",
            "Mettre à jour les contacts de l'entreprise");
    /** Days from the load day: overdue, then this week (see {@link #dueDays}), then later. */
    private static final int[] OVERDUE = {-2, -5, -9, -16};
    private static final int[] LATER = {9, 16, 30, 45};

    private DemoTasks() {
    }

    static void write(DemoWriter writer, List<DemoCompany> companies, LocalDate today) throws SQLException {
        for (DemoAccounts.Account officer : DemoAccounts.OFFICERS) {
            List<DemoCompany> mine = companies.stream()
                    .filter(c -> c.officer == officer && c.supported != null && !"CLOSED".equals(c.stage())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            List<LocalDate> due = dueDays(today);
            for (int t = 0; t < due.size(); t++) {
                DemoCompany company = mine.get(t % mine.size());
                String status = t % 4 == 1 ? "IN_PROGRESS" : "TODO";
                insert(writer, company, TITLES.get((t + company.number) % TITLES.size()), officer, due.get(t), status, null,
                        today.minusDays(21 - t));
            }
            for (int d = 0; d < Math.min(6, mine.size()); d++) {
                DemoCompany company = mine.get(mine.size() - 1 - d);
                DemoCompany.Done action = company.actions.get(company.actions.size() - 1);
                insert(writer, company, TITLES.get((d + 3) % TITLES.size()), officer, action.day().plusDays(14), "DONE",
                        action.id(), action.day());
            }
        }
    }

    /** Four overdue, two due this week (today and its Sunday), four later. */
    private static List<LocalDate> dueDays(LocalDate today) {
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return List.of(today.plusDays(OVERDUE[0]), today.plusDays(OVERDUE[1]), today.plusDays(OVERDUE[2]),
                today.plusDays(OVERDUE[3]), today, sunday, today.plusDays(LATER[0]), today.plusDays(LATER[1]),
                today.plusDays(LATER[2]), today.plusDays(LATER[3]));
    }

    private static void insert(DemoWriter writer, DemoCompany company, String title, DemoAccounts.Account owner,
                               LocalDate due, String status, Long actionId, LocalDate created) throws SQLException {
        writer.batch("insert into support_task (company_id, title, owner_id, due_on, status, action_id, closed_at,"
                        + " created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                company.id, title, writer.userId(owner.username()), due, status, actionId,
                "DONE".equals(status) ? DemoWriter.at(due, 17, 0) : null, DemoWriter.at(created, 9, 0),
                company.officerName());
    }
}
