package fr.revitems.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad configuration ends with one sentence saying what to fix, before anything is started. */
class LauncherTest {

    @TempDir
    Path project;

    @Test
    void aPortAlreadyTakenIsNamedWithTheVariableThatChangesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();
            Launcher launcher = new Launcher(Map.of("REVITEMS_PORT", Integer.toString(port)), project);

            LauncherException problem = assertThrows(LauncherException.class, launcher::run);

            assertEquals("Port " + port + " is already in use: stop the program that uses it, or choose another port,"
                    + " e.g. REVITEMS_PORT=" + (port + 1) + " ./revitems run", problem.getMessage());
        }
    }

    @Test
    void aPortThatIsNotANumberIsRefused() {
        Launcher launcher = new Launcher(Map.of("REVITEMS_PORT", "eighty"), project);
        LauncherException problem = assertThrows(LauncherException.class, launcher::run);
        assertEquals("REVITEMS_PORT must be a port number between 1 and 65535, not 'eighty'.", problem.getMessage());
    }

    @Test
    void anUnreachableDatabaseIsReportedWithTheVariablesToCheck() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/revitems";
        Launcher launcher = new Launcher(Map.of("REVITEMS_PORT", Integer.toString(freePort()),
                "REVITEMS_DB_URL", url, "REVITEMS_DB_USER", "revitems", "REVITEMS_DB_PASSWORD", "secret"), project);

        LauncherException problem = assertThrows(LauncherException.class, launcher::run);

        assertTrue(problem.getMessage().startsWith("Cannot connect to the database at " + url + " ("), problem.getMessage());
        assertTrue(problem.getMessage().endsWith("): check REVITEMS_DB_URL, REVITEMS_DB_USER and"
                + " REVITEMS_DB_PASSWORD, and that the server is running."), problem.getMessage());
    }

    @Test
    void aDatabaseUrlThatIsNotPostgresqlIsRefused() throws Exception {
        Launcher launcher = new Launcher(Map.of("REVITEMS_PORT", Integer.toString(freePort()),
                "REVITEMS_DB_URL", "mysql://db/revitems"), project);
        LauncherException problem = assertThrows(LauncherException.class, launcher::run);
        assertEquals("REVITEMS_DB_URL must be a PostgreSQL JDBC URL such as jdbc:postgresql://db.example.org:5432/revitems,"
                + " not 'mysql://db/revitems'.", problem.getMessage());
    }

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
