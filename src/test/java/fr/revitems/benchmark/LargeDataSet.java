package fr.revitems.benchmark;

import fr.revitems.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark data set, written with plain SQL: clearly fictional companies spread over stages,
 * departments, communes and sectors, three contacts each, ten actions each (1,000,000) over the last
 * four years, and the programme's records the dashboard counts:
 * <ul>
 * <li>each company's path through the pipeline: its entry ({@code stage_change} from null) over the last
 *     five years, then the moves that lead to its stage (so SUPPORT periods exist, closed or open);</li>
 * <li>a diagnostic for every company that went through DIAGNOSTIC (a second one for some);</li>
 * <li>200,000 identified recruitments (levels 3–8, the four categories, the five contracts, 1–5 positions,
 *     every status, 10 % cancelled with their day), ~120,000 filled jobs (most against a FILLED or
 *     PARTLY_FILLED recruitment, 20,000 consolidated without one), 100,000 introductions;</li>
 * <li>600 partner meetings and 10 forums with their round and department;</li>
 * <li>three rounds: VDM-2026-2028 with 2,000 companies (the size of a real round's board), REVITEMS-94 with
 *     ~20,000 and REVITEMS-91 with ~10,000 (so "all rounds" is a 30,000-company scope), their lives
 *     widened to cover the generated dates.</li>
 * </ul>
 * Pseudo-random but reproducible: every choice is a hash of the row's number, never {@code random()}.
 * The activity projection ({@code company_activity}) is built by its statement-level triggers: stage
 * changes, diagnostics and actions are each inserted in one statement, the actions last, so each company's
 * last refresh sees all its records; {@link #create()} checks that every company has its row. The
 * dashboard's rollups (V014) are kept by triggers too, then summed up as the hourly job does.
 */
final class LargeDataSet {

    static final int COMPANIES = 100_000;
    static final int CONTACTS_PER_COMPANY = 3;
    static final int ACTIONS_PER_COMPANY = 10;
    static final int ROUND_SIZE = 2_000;
    static final String ROUND_CODE = "VDM-2026-2028";
    static final int RECRUITMENTS = 200_000;
    static final int CONSOLIDATED_WITHOUT_RECRUITMENT = 20_000;
    static final int INTRODUCTIONS = 100_000;
    static final int PARTNER_MEETINGS = 600;
    static final int FORUMS = 10;

    private LargeDataSet() {
    }

    /** A reproducible pseudo-random integer in [0, modulo) from an SQL integer expression and a salt. */
    private static String hash(String expression, int salt, int modulo) {
        return "(((hashint8((" + expression + ")::bigint * 1000 + " + salt + ")::bigint + 2147483648) % " + modulo + ")::int)";
    }

    /** A day between an SQL date expression and today, at a hashed fraction of the way. */
    private static String between(String day, String expression, int salt) {
        return "(" + day + " + ((current_date - " + day + ") * " + hash(expression, salt, 1000) + " / 1000)::int)";
    }

    /**
     * Writes the data set and returns the seconds each step took, in order (the last entry being the
     * whole). Fails when the activity projection is not complete.
     */
    static Map<String, Double> create() throws SQLException {
        Map<String, Double> steps = new LinkedHashMap<>();
        long started = System.nanoTime();
        try (Connection connection = TestDatabase.connect(); Statement sql = connection.createStatement()) {
            Step step = new Step(sql, steps);
            // n = the generator's own number of a company (1..COMPANIES): stage from n, department from n / 5,
            // so that every department holds companies at every stage; entry "age" days ago, 30 days to 5 years
            String age = "(30 + " + hash("n", 1, 1796) + ")";
            step.run("companies", "insert into company (name, normalized_name, kind, commune, department_code, stage, stage_since,"
                    + " created_at, updated_by)"
                    + " select 'Entreprise fictive ' || n, 'entreprise fictive ' || n,"
                    + " (array['TPE','PME','ETI','GE','ASSOCIATION'])[1 + n % 5],"
                    + " (array['Créteil','Vitry-sur-Seine','Ivry-sur-Seine','Évry-Courcouronnes','Massy','Orly','Choisy-le-Roi'])[1 + n % 7],"
                    + " (array['94','91','75','92','93'])[1 + (n / 5) % 5], stage,"
                    // the day of its last move (see the stage changes below)
                    + " case when steps = 1 then entered + time '09:00' else entered + (a * (steps - 1) / 4) + time '10:00' end,"
                    + " entered + time '09:00', 'generator'"
                    + " from (select n, a, current_date - a as entered, stage,"
                    + "   case stage when 'PROSPECTION' then 1 when 'DIAGNOSTIC' then 2 when 'SUPPORT' then 3 when 'SKILLS' then 4"
                    + "   else 2 + " + hash("n", 2, 3) + " end as steps"
                    + "   from (select n, " + age + " as a, (array['PROSPECTION','DIAGNOSTIC','SUPPORT','SKILLS','CLOSED'])[1 + (n * 7) % 5] as stage"
                    + "         from generate_series(1, " + COMPANIES + ") n) x) y order by n");
            long base;
            try (ResultSet rs = sql.executeQuery("select min(id) - 1 from company where updated_by = 'generator'")) {
                rs.next();
                base = rs.getLong(1);
            }
            // the generator's companies, with their number n and entry day
            String companies = "(select c.*, c.id - " + base + " as n, c.created_at::date as entered from company c"
                    + " where c.updated_by = 'generator')";
            step.run("sectors", "insert into company_sector (company_id, sector_code)"
                    + " select id, (array['EAU','MILIEUX','SOLS','BIODECHETS'])[1 + id % 4] from company where updated_by = 'generator'");
            step.run("contacts", "insert into contact (company_id, first_name, last_name, email, confirmed_on)"
                    + " select c.id, 'Prénom', 'Nom' || c.id || 'x' || k, 'contact' || c.id || 'x' || k || '@example.org',"
                    + " current_date - (c.id % 700)::int from company c cross join generate_series(1, " + CONTACTS_PER_COMPANY + ") k"
                    + " where c.updated_by = 'generator'");

            // rounds: lives that cover the generated dates; VDM keeps its first 2,000 companies (the list benchmark's board)
            step.run("rounds", "update programme_round set starts_on = least(starts_on, date_trunc('year', current_date - interval '5 years')::date),"
                    + " ends_on = greatest(ends_on, (date_trunc('year', current_date) + interval '1 year - 1 day')::date)"
                    + " where code in ('REVITEMS-94', 'REVITEMS-91')");
            sql.execute("insert into company_round (company_id, round_id)"
                    + " select c.id, r.id from company c, programme_round r where r.code = '" + ROUND_CODE + "'"
                    + " and c.updated_by = 'generator' order by c.id limit " + ROUND_SIZE);
            // REVITEMS-94: 4 in 5 companies of the 94, 1 in 15 of Paris and the other inner suburbs (~20,000)
            sql.execute("insert into company_round (company_id, round_id)"
                    + " select c.id, r.id from " + companies + " c, programme_round r where r.code = 'REVITEMS-94'"
                    + " and ((c.department_code = '94' and " + hash("c.n", 20, 10) + " < 8)"
                    + "   or (c.department_code in ('75', '92', '93') and " + hash("c.n", 20, 15) + " = 0))");
            // REVITEMS-91: 2 in 5 companies of the 91, 1 in 20 of the 75 and 92 (~10,000)
            sql.execute("insert into company_round (company_id, round_id)"
                    + " select c.id, r.id from " + companies + " c, programme_round r where r.code = 'REVITEMS-91'"
                    + " and ((c.department_code = '91' and " + hash("c.n", 21, 10) + " < 4)"
                    + "   or (c.department_code in ('75', '92') and " + hash("c.n", 21, 20) + " = 0))");

            // each company's path to its stage, in one statement (one trigger refresh): step k of a path of s
            // steps happens (k - 1) quarters of the way from its entry to today
            step.run("stage changes (entries and moves)", "insert into stage_change (company_id, from_stage, to_stage, closing_reason,"
                    + " changed_at, changed_by)"
                    + " select c.id, case when t.k > 1 then p.path[t.k - 1] end, t.stage,"
                    + " case when t.stage = 'CLOSED' then (array['NOT_INTERESTED','OUT_OF_SCOPE','SUPPORT_COMPLETED'])[t.k - 1] end,"
                    + " case when t.k = 1 then c.entered + time '09:00'"
                    + "  else c.entered + ((current_date - c.entered) * (t.k::int - 1) / 4) + time '10:00' end, 'generator'"
                    + " from " + companies + " c"
                    + " cross join lateral (select case c.stage when 'PROSPECTION' then array['PROSPECTION']"
                    + "   when 'DIAGNOSTIC' then array['PROSPECTION','DIAGNOSTIC']"
                    + "   when 'SUPPORT' then array['PROSPECTION','DIAGNOSTIC','SUPPORT']"
                    + "   when 'SKILLS' then array['PROSPECTION','DIAGNOSTIC','SUPPORT','SKILLS']"
                    + "   else string_to_array((array['PROSPECTION,CLOSED', 'PROSPECTION,DIAGNOSTIC,CLOSED',"
                    + "              'PROSPECTION,DIAGNOSTIC,SUPPORT,CLOSED'])[1 + " + hash("c.n", 2, 3) + "], ',') end as path) p"
                    + " cross join lateral unnest(p.path) with ordinality t(stage, k)");
            // a diagnostic the day each company entered DIAGNOSTIC; one in five had a second one later
            step.run("diagnostics", "insert into diagnostic (company_id, held_on, conducted_by, activity, headcount, updated_by)"
                    + " select s.company_id, d.day, 'generator', 'Activité fictive', 5 + s.company_id % 200, 'generator'"
                    + " from stage_change s cross join lateral (select s.changed_at::date as day union all"
                    + "   select " + between("s.changed_at::date", "s.company_id", 30) + " where " + hash("s.company_id", 31, 5) + " = 0) d"
                    + " where s.to_stage = 'DIAGNOSTIC' and s.changed_by = 'generator'");
            step.run("actions", "insert into action (company_id, happened_on, kind, duration_minutes, outcome, created_by)"
                    + " select c.id, current_date - ((c.id * 7 + k * 131) % 1460)::int,"
                    + " (array['PROJECT_FOLLOW_UP','PROSPECTION_EXCHANGE','SUPPORT_WORKSHOP','PARTNERSHIP_EVENT'])[1 + (c.id + k) % 4],"
                    + " 30 + ((c.id + k) % 8) * 15, 'Compte rendu fictif ' || k, 'generator'"
                    + " from company c cross join generate_series(1, " + ACTIONS_PER_COMPANY + ") k where c.updated_by = 'generator'");

            // recruitments: status s in 0..19 — FILLED 0-2, PARTLY_FILLED 3-4 (IN_PROGRESS with one position),
            // SHARED 5-7, IN_PROGRESS 8-10, IDENTIFIED 11-17, CANCELLED 18-19
            step.run("recruitments", "insert into recruitment (company_id, job_title, qualification_level, occupational_category,"
                    + " contract_type, contract_months, positions, commune, department_code, source, status, identified_on,"
                    + " cancelled_on, cancel_reason, created_at, updated_at, updated_by)"
                    + " select c.id, 'Poste fictif ' || r.n, 3 + " + hash("r.n", 40, 6) + ","
                    + " (array['WORKER','EMPLOYEE','TECHNICIAN','EXECUTIVE'])[1 + " + hash("r.n", 41, 4) + "],"
                    + " r.contract, case when r.contract <> 'CDI' then 3 + " + hash("r.n", 42, 22) + " end, r.positions,"
                    + " c.commune, c.department_code, (array['DIAGNOSTIC','FORUM','SPONTANEOUS','PARTNER'])[1 + " + hash("r.n", 43, 4) + "],"
                    + " case when r.s < 3 then 'FILLED' when r.s < 5 and r.positions > 1 then 'PARTLY_FILLED' when r.s < 5 then 'IN_PROGRESS'"
                    + "  when r.s < 8 then 'SHARED' when r.s < 11 then 'IN_PROGRESS' when r.s < 18 then 'IDENTIFIED' else 'CANCELLED' end,"
                    + " d.day, case when r.s >= 18 then " + between("d.day", "r.n", 44) + " end,"
                    + " case when r.s >= 18 then 'Projet abandonné (fictif)' end, d.day + time '11:00', d.day + time '11:00', 'generator'"
                    + " from (select n, " + hash("n", 45, COMPANIES) + " + 1 + " + base + " as company_id,"
                    + "   (array['CDI','CDD','APPRENTICESHIP','INTERNSHIP','TEMPORARY'])[1 + " + hash("n", 46, 5) + "] as contract,"
                    + "   (array[1,1,1,2,2,3,4,5])[1 + " + hash("n", 47, 8) + "] as positions, " + hash("n", 48, 20) + " as s"
                    + "   from generate_series(1, " + RECRUITMENTS + ") n) r"
                    + " join company c on c.id = r.company_id"
                    + " cross join lateral (select " + between("c.created_at::date", "r.n", 49) + " as day) d"
                    + " order by r.n");
            step.run("recruitment status history", "insert into recruitment_status_change (recruitment_id, from_status, to_status,"
                    + " reason, changed_at, changed_by)"
                    + " select id, null, 'IDENTIFIED', null, created_at, 'generator' from recruitment where updated_by = 'generator'"
                    + " union all select id, 'IDENTIFIED', status, cancel_reason, coalesce(cancelled_on, identified_on + 1) + time '12:00', 'generator'"
                    + " from recruitment where updated_by = 'generator' and status <> 'IDENTIFIED'");
            // every position of a FILLED recruitment, all but one of a PARTLY_FILLED one, filled after it was identified
            step.run("filled jobs", "insert into filled_job (company_id, recruitment_id, filled_on, contract_type, qualification_level,"
                    + " occupational_category, origin, consolidated, created_by)"
                    + " select r.company_id, r.id, " + between("r.identified_on", "r.id * 8 + k", 50) + ", r.contract_type,"
                    + " least(8, r.qualification_level + case when " + hash("r.id * 8 + k", 51, 10) + " = 0 then 1 else 0 end),"
                    + " r.occupational_category, (array['FORUM','PARTNER_REFERRAL','DIRECT','SCHOOL'])[1 + " + hash("r.id * 8 + k", 52, 4) + "],"
                    + " false, 'generator'"
                    + " from recruitment r cross join lateral generate_series(1, case when r.status = 'FILLED' then r.positions"
                    + "   else r.positions - 1 end) k"
                    + " where r.updated_by = 'generator' and r.status in ('FILLED', 'PARTLY_FILLED')");
            step.run("consolidated jobs", "insert into filled_job (company_id, recruitment_id, filled_on, contract_type, qualification_level,"
                    + " occupational_category, origin, consolidated, created_by)"
                    + " select c.id, null, " + between("c.created_at::date", "j.n", 53) + ","
                    + " (array['CDI','CDD','APPRENTICESHIP','INTERNSHIP','TEMPORARY'])[1 + " + hash("j.n", 54, 5) + "],"
                    + " 3 + " + hash("j.n", 55, 6) + ", (array['WORKER','EMPLOYEE','TECHNICIAN','EXECUTIVE'])[1 + " + hash("j.n", 56, 4) + "],"
                    + " 'DIRECT', true, 'generator'"
                    + " from generate_series(1, " + CONSOLIDATED_WITHOUT_RECRUITMENT + ") j(n)"
                    + " join company c on c.id = " + hash("j.n", 57, COMPANIES) + " + 1 + " + base);
            step.run("introductions", "insert into introduction (company_id, made_on, target_kind, target_company_id, target_name, purpose,"
                    + " outcome, created_by)"
                    + " select c.id, " + between("c.created_at::date", "i.n", 60) + ", i.kind,"
                    + " case when i.kind = 'COMPANY' then " + base + " + 1 + (c.id - " + base + " + " + hash("i.n", 61, COMPANIES - 1) + ") % " + COMPANIES + " end,"
                    + " case when i.kind <> 'COMPANY' then (array['Lycée fictif','France Travail fictif','Expert fictif'])[1 + " + hash("i.n", 62, 3) + "] end,"
                    + " 'Mise en relation fictive', (array['PENDING','MEETING_HELD','COLLABORATION','NO_FOLLOW_UP'])[1 + " + hash("i.n", 63, 4) + "],"
                    + " 'generator'"
                    + " from (select n, (array['COMPANY','SCHOOL','EMPLOYMENT_PARTNER','EXPERT'])[1 + " + hash("n", 64, 4) + "] as kind,"
                    + "   " + hash("n", 65, COMPANIES) + " + 1 + " + base + " as company_id from generate_series(1, " + INTRODUCTIONS + ") n) i"
                    + " join company c on c.id = i.company_id");
            // meetings and forums: half in REVITEMS-94, a third in REVITEMS-91, some in VDM, a few in no round;
            // mostly in their round's department
            String roundOf = "(select id from programme_round where code = (array['REVITEMS-94','REVITEMS-94','REVITEMS-94','REVITEMS-94',"
                    + "'REVITEMS-94','REVITEMS-91','REVITEMS-91','REVITEMS-91','" + ROUND_CODE + "',''])[1 + " + hash("n", 70, 10) + "])";
            String departmentOf = "case when " + hash("n", 71, 5) + " = 0 then (array['75','92','93'])[1 + " + hash("n", 72, 3) + "]"
                    + " when " + hash("n", 70, 10) + " between 5 and 7 then '91' else '94' end";
            step.run("partner meetings and forums", "insert into partner_meeting (held_on, partner_kind, partner_name, subject, round_id,"
                    + " department_code, created_by)"
                    + " select current_date - " + hash("n", 73, 1825) + "::int,"
                    + " (array['EMPLOYMENT_AGENCY','SCHOOL','YOUTH_AGENCY','PUBLIC_AUTHORITY','OTHER'])[1 + " + hash("n", 74, 5) + "],"
                    + " 'Partenaire fictif ' || (n % 40), 'Réunion de travail fictive', " + roundOf + ", " + departmentOf + ", 'generator'"
                    + " from generate_series(1, " + PARTNER_MEETINGS + ") n");
            sql.execute("insert into job_forum (name, held_on, venue, commune, department_code, round_id, created_by)"
                    + " select 'Forum fictif ' || n, current_date - (n * 173)::int, 'Salle fictive', 'Créteil', " + departmentOf + ", "
                    + roundOf + ", 'generator' from generate_series(1, " + FORUMS + ") n");

            // the projection must hold every company: the triggers built it
            try (ResultSet rs = sql.executeQuery("select (select count(*) from company), (select count(*) from company_activity),"
                    + " (select count(*) from company_activity where contacted = '{}')")) {
                rs.next();
                if (rs.getLong(1) != rs.getLong(2) || rs.getLong(3) != 0) {
                    throw new IllegalStateException("company_activity is incomplete: " + rs.getLong(1) + " companies, "
                            + rs.getLong(2) + " activity rows, " + rs.getLong(3) + " without any contact");
                }
            }
            // the dashboard's rollups summed up, as the application's hourly job (ReportRollupCompaction) leaves them
            step.run("rollups compacted", "select compact_report_rollups()");
            // as autovacuum leaves a table that has been in use: statistics, and the visibility map
            // that lets the list read page ids from its indexes alone (right after a bulk load it is empty)
            step.run("vacuum analyze", "vacuum analyze");
        }
        steps.put("whole data set", (System.nanoTime() - started) / 1e9);
        return steps;
    }

    /** Runs a statement and records how long it took under a name. */
    private record Step(Statement sql, Map<String, Double> steps) {
        void run(String name, String statement) throws SQLException {
            long started = System.nanoTime();
            sql.execute(statement);
            steps.merge(name, (System.nanoTime() - started) / 1e9, Double::sum);
        }
    }
}
