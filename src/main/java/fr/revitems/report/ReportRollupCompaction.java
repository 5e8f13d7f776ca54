package fr.revitems.report;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dashboard's rollups (V014) only ever gain rows: every change adds its subtraction and its addition.
 * Every hour their rows are summed up (compact_report_rollups), so the dashboard keeps reading a few
 * thousand rows whatever the number of changes. Nothing is lost if it does not run: the dashboard is
 * right either way, only slower as rows pile up.
 */
@Singleton
public class ReportRollupCompaction {

    private static final Logger LOG = Logger.getLogger(ReportRollupCompaction.class.getName());

    @Resource(lookup = "java:app/jdbc/revitems")
    DataSource dataSource;

    @Schedule(hour = "*", minute = "41", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void compact() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select compact_report_rollups()");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The dashboard's rollups could not be compacted; they will be at the next hour.", e);
        }
    }
}
