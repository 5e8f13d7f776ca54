package fr.revitems.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes the demo programme into a migrated, empty database, in one transaction: the demo accounts, the
 * companies of REVIT'EMS 94 and REVIT'EMS 91 with their contacts, stage histories, diagnostics,
 * recruitments, filled jobs, actions and introductions, the partner meetings, the forum, and the officers'
 * tasks. Plain JDBC and no container, so a test can run it on a bare PostgreSQL. Deterministic: fixed seeds,
 * arithmetic and absolute dates; only the tasks and the recent contact confirmations are dated from
 * {@code today}, so that "My follow-ups" and the freshness page have something to show.
 */
public final class DemoProgramme {

    private DemoProgramme() {
    }

    /**
     * @param hashPassword turns a demo password into what {@code app_user.password_hash} stores
     */
    public static void load(Connection connection, LocalDate today, UnaryOperator<String> hashPassword) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        DemoWriter writer = new DemoWriter(connection);
        try {
            writeAccounts(writer, hashPassword);
            DemoCompanies planner = new DemoCompanies();
            List<DemoCompany> all = new ArrayList<>();
            int[] contactCounter = {0};
            for (DemoRound round : DemoRound.ALL) {
                List<DemoCompany> companies = planner.plan(round, all.size() + 1);
                DemoCompanies.write(writer, companies, today, contactCounter);
                DemoDiagnostics.write(writer, companies);
                DemoRecruitments.write(writer, round, companies);
                DemoSupport.write(writer, companies);
                DemoMeetings.write(writer, round);
                all.addAll(companies);
            }
            DemoMeetings.writeForum(writer);
            DemoTasks.write(writer, all, today);
            writer.flush();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            writer.closeStatements();
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * A database that holds a company, or an account besides {@code admin}, is left as it is: a restarted demo
     * keeps its data, and a real base is never filled with the demo.
     */
    public static boolean hasCompanies(Connection connection) throws SQLException {
        // a base where people already have accounts is a real one, even before its first company: the demo's
        // accounts (whose passwords the README publishes) never join it
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select exists (select 1 from company)"
                     + " or exists (select 1 from app_user where username <> 'admin')")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    /**
     * Whether the administrator exists. AdminBootstrap only creates {@code admin} in a database without any
     * account: the demo's accounts must not come first (a refused REVITEMS_ADMIN_PASSWORD leaves none).
     */
    public static boolean hasAdministrator(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select exists (select 1 from app_user_role where role = 'ADMIN')")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static void writeAccounts(DemoWriter writer, UnaryOperator<String> hashPassword) throws SQLException {
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            long id = writer.insert("insert into app_user (username, display_name, email, password_hash) values (?, ?, ?, ?)"
                    + " returning id", account.username(), account.displayName(), account.email(),
                    hashPassword.apply(account.password()));
            writer.batch("insert into app_user_role (user_id, role) values (?, ?)", id, account.role().name());
            writer.user(account.username(), id);
        }
    }
}
