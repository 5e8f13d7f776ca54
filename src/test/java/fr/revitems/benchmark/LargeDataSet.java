package fr.revitems.benchmark;

import fr.revitems.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark data set, written with plain SQL in a few seconds: clearly fictional companies
 * spread over stages, departments, communes and sectors, three contacts each, and one programme
 * round holding 2,000 of them (the size of a real round's board), and ten actions each (1,000,000)
 * over the last four years, so the company pages and the figures read a realistic action table.
 */
final class LargeDataSet {

    static final int COMPANIES = 100_000;
    static final int CONTACTS_PER_COMPANY = 3;
    static final int ACTIONS_PER_COMPANY = 10;
    static final int ROUND_SIZE = 2_000;
    static final String ROUND_CODE = "VDM-2026-2028";

    private LargeDataSet() {
    }

    static void create() throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement sql = connection.createStatement()) {
            sql.execute("insert into company (name, normalized_name, kind, commune, department_code, stage, updated_by)"
                    + " select 'Entreprise fictive ' || i, 'entreprise fictive ' || i,"
                    + " (array['TPE','PME','ETI','GE','ASSOCIATION'])[1 + i % 5],"
                    + " (array['Créteil','Vitry-sur-Seine','Ivry-sur-Seine','Évry-Courcouronnes','Massy','Orly','Choisy-le-Roi'])[1 + i % 7],"
                    + " (array['94','91','75','92','93'])[1 + i % 5],"
                    + " (array['PROSPECTION','DIAGNOSTIC','SUPPORT','SKILLS','CLOSED'])[1 + (i * 7) % 5], 'generator'"
                    + " from generate_series(1, " + COMPANIES + ") i");
            sql.execute("insert into company_sector (company_id, sector_code)"
                    + " select id, (array['EAU','MILIEUX','SOLS','BIODECHETS'])[1 + id % 4] from company where updated_by = 'generator'");
            sql.execute("insert into contact (company_id, first_name, last_name, email, confirmed_on)"
                    + " select c.id, 'Prénom', 'Nom' || c.id || 'x' || k, 'contact' || c.id || 'x' || k || '@example.org',"
                    + " current_date - (c.id % 700)::int from company c cross join generate_series(1, " + CONTACTS_PER_COMPANY + ") k"
                    + " where c.updated_by = 'generator'");
            sql.execute("insert into company_round (company_id, round_id)"
                    + " select c.id, r.id from company c, programme_round r where r.code = '" + ROUND_CODE + "'"
                    + " and c.updated_by = 'generator' order by c.id limit " + ROUND_SIZE);
            sql.execute("insert into action (company_id, happened_on, kind, duration_minutes, outcome, created_by)"
                    + " select c.id, current_date - ((c.id * 7 + k * 131) % 1460)::int,"
                    + " (array['PROJECT_FOLLOW_UP','PROSPECTION_EXCHANGE','SUPPORT_WORKSHOP','PARTNERSHIP_EVENT'])[1 + (c.id + k) % 4],"
                    + " 30 + ((c.id + k) % 8) * 15, 'Compte rendu fictif ' || k, 'generator'"
                    + " from company c cross join generate_series(1, " + ACTIONS_PER_COMPANY + ") k where c.updated_by = 'generator'");
            // as autovacuum leaves a table that has been in use: statistics, and the visibility map
            // that lets the list read page ids from its indexes alone (right after a bulk load it is empty)
            sql.execute("vacuum analyze");
        }
    }
}
