package fr.revitems.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.revitems.demo.DemoAccounts;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void anUnknownArgumentIsRefusedBeforeAnythingStarts() {
        Launcher launcher = new Launcher(Map.of("REVITEMS_PORT", "eighty"), project, List.of("--dmeo"));
        LauncherException problem = assertThrows(LauncherException.class, launcher::run);
        assertEquals("Unknown argument '--dmeo': ./revitems run accepts only --demo (see ./revitems help).", problem.getMessage());
    }

    @Test
    void theDemoIsRefusedOnAnExternalDatabase() throws Exception {
        Launcher launcher = new Launcher(Map.of("REVITEMS_PORT", Integer.toString(freePort()),
                "REVITEMS_DB_URL", "jdbc:postgresql://db.example.org:5432/revitems"), project, List.of("--demo"));
        LauncherException problem = assertThrows(LauncherException.class, launcher::run);
        assertEquals("The demo always runs on its own embedded database, never on REVITEMS_DB_URL: unset REVITEMS_DB_URL"
                + " to start ./revitems run --demo.", problem.getMessage());
    }

    @Test
    void theDemoKeepsItsDataInAFolderOfItsOwnNextToTheUsersData() throws Exception {
        Path home = project.resolve("home");
        Launcher launcher = new Launcher(Map.of("REVITEMS_HOME", home.toString()), project, List.of("--demo"));

        Path demo = launcher.dataDirectory(true);
        Path own = launcher.dataDirectory(false);

        assertTrue(launcher.demo());
        assertFalse(new Launcher(Map.of("REVITEMS_HOME", home.toString()), project).demo());
        assertEquals(home.toAbsolutePath().resolve("demo/postgres"), demo);
        assertEquals(home.toAbsolutePath().resolve("postgres"), own);
        assertFalse(demo.startsWith(own) || own.startsWith(demo), "neither folder inside the other");
    }

    @Test
    void onlyTheDemoTellsTheServerItIsTheDemo() {
        Launcher launcher = new Launcher(Map.of(), project);
        Map<String, String> demo = new HashMap<>();
        Map<String, String> normal = new HashMap<>(Map.of("REVITEMS_DEMO", "true"));

        launcher.serverEnvironment(demo, 8080, true, "jdbc:postgresql://127.0.0.1:5/revitems", "postgres", "postgres");
        launcher.serverEnvironment(normal, 8080, false, "jdbc:postgresql://127.0.0.1:5/revitems", "postgres", "postgres");

        assertEquals("true", demo.get("REVITEMS_DEMO"));
        assertFalse(normal.containsKey("REVITEMS_DEMO"), "an inherited REVITEMS_DEMO never reaches a normal run");
        assertEquals("jdbc:postgresql://127.0.0.1:5/revitems", normal.get("REVITEMS_DB_URL"));
    }

    @Test
    void theDemoPrintsEachAccountWithItsPasswordAndRoleButNeverTheAdministratorsSecret() {
        List<String> lines = new Launcher(Map.of("REVITEMS_ADMIN_PASSWORD", "dev-only-secret-phrase-42"), project,
                List.of("--demo")).demoSummary();

        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            assertTrue(lines.stream().anyMatch(line -> line.contains(account.username()) && line.contains(account.password())
                    && line.endsWith(account.role().name())), account.username());
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("admin") && line.contains("REVITEMS_ADMIN_PASSWORD")));
        assertTrue(lines.stream().noneMatch(line -> line.contains("dev-only-secret-phrase-42")));
    }

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
