package fr.revitems.launcher;

import fr.revitems.demo.DemoAccounts;

import java.io.IOException;
import java.net.BindException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./revitems run [--demo]}: database, then Payara Micro with the WAR, then the URL once the
 * application answers. Ctrl-C or SIGTERM stops the server first, then the database.
 * Every configuration mistake ends with one sentence saying what to fix.
 * <p>
 * {@code --demo} runs the demo programme on an embedded database of its own ({@code <home>/demo/postgres},
 * never the user's {@code <home>/postgres}); only then does the server get {@code REVITEMS_DEMO=true}.
 */
public final class Launcher {

    static final String CONTEXT_ROOT = "/revitems/";
    static final String DEMO = "--demo";

    private final Map<String, String> env;
    private final Path project;
    private final List<String> args;
    private volatile Process server;
    private volatile EmbeddedDatabase database;

    Launcher(Map<String, String> env, Path project) {
        this(env, project, List.of());
    }

    Launcher(Map<String, String> env, Path project, List<String> args) {
        this.env = env;
        this.project = project;
        this.args = List.copyOf(args);
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Launcher launcher = new Launcher(System.getenv(), Path.of("").toAbsolutePath(), List.of(args));
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "revitems-stop"));
        try {
            System.exit(launcher.run());
        } catch (LauncherException e) {
            System.err.println("[revitems] " + e.getMessage());
            System.exit(2);
        }
    }

    int run() throws LauncherException {
        boolean demo = demo();
        int port = port();
        checkPortFree(port);
        String dbUrl;
        String dbUser;
        String dbPassword;
        if (has("REVITEMS_DB_URL")) {
            dbUrl = env.get("REVITEMS_DB_URL");
            dbUser = env.getOrDefault("REVITEMS_DB_USER", "");
            dbPassword = env.getOrDefault("REVITEMS_DB_PASSWORD", "");
            checkDatabaseReachable(dbUrl, dbUser, dbPassword);
            say("database: " + dbUrl + " (REVITEMS_DB_URL)");
        } else {
            Path dataDir = dataDirectory(demo);
            database = startEmbedded(dataDir);
            dbUrl = database.jdbcUrl();
            dbUser = EmbeddedDatabase.USER;
            dbPassword = EmbeddedDatabase.PASSWORD;
            say("database: embedded PostgreSQL" + (demo ? " of the demo" : "") + ", data in " + dataDir + " (" + dbUrl + ")");
        }
        server = startServer(port, demo, dbUrl, dbUser, dbPassword);
        String url = "http://localhost:" + port + CONTEXT_ROOT;
        if (!waitUntilReady(url)) {
            say("The application did not start: read the SEVERE lines of the log above.");
            return 1;
        }
        System.out.println();
        if (demo) {
            demoSummary().forEach(System.out::println);
            System.out.println();
            System.out.println(url);
            say("The REVIT'EMS demo is ready: every company and person in it is fictional. Ctrl-C stops the server"
                    + " and the database; the next ./revitems run --demo finds the demo as you left it.");
        } else {
            System.out.println(url);
            say("REVIT'EMS is ready. Log in as 'admin' with REVITEMS_ADMIN_PASSWORD, or with the password printed"
                    + " above on the very first start. Ctrl-C stops the server and the database.");
        }
        try {
            return server.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** Whether the arguments ask for the demo; anything else is refused, as is the demo on an external database. */
    boolean demo() throws LauncherException {
        boolean demo = false;
        for (String arg : args) {
            if (!DEMO.equals(arg)) {
                throw new LauncherException("Unknown argument '" + arg + "': ./revitems run accepts only " + DEMO
                        + " (see ./revitems help).");
            }
            demo = true;
        }
        if (demo && has("REVITEMS_DB_URL")) {
            throw new LauncherException("The demo always runs on its own embedded database, never on REVITEMS_DB_URL:"
                    + " unset REVITEMS_DB_URL to start ./revitems run --demo.");
        }
        return demo;
    }

    /** The demo's data live apart from the user's own: {@code <home>/demo/postgres} and {@code <home>/postgres}. */
    Path dataDirectory(boolean demo) {
        return demo ? dataHome().resolve("demo").resolve("postgres") : dataHome().resolve("postgres");
    }

    /** The lines printed once the demo is ready: its accounts, one per line (username / password / role). */
    List<String> demoSummary() {
        List<String> lines = new ArrayList<>();
        lines.add("[revitems] demo accounts (username / password / role):");
        lines.add(String.format("  %-20s %-45s %s", "admin", has("REVITEMS_ADMIN_PASSWORD")
                ? "(the value of REVITEMS_ADMIN_PASSWORD)" : "(printed above on the demo's first start)", "ADMIN"));
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            lines.add(String.format("  %-20s %-45s %s", account.username(), account.password(), account.role()));
        }
        return lines;
    }

    private int port() throws LauncherException {
        String value = env.getOrDefault("REVITEMS_PORT", "8080");
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LauncherException("REVITEMS_PORT must be a port number between 1 and 65535, not '" + value + "'.");
        }
    }

    private static void checkPortFree(int port) throws LauncherException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (BindException e) {
            throw new LauncherException("Port " + port + " is already in use: stop the program that uses it,"
                    + " or choose another port, e.g. REVITEMS_PORT=" + (port == 8080 ? 8081 : port + 1) + " ./revitems run");
        } catch (IOException e) {
            throw new LauncherException("Port " + port + " cannot be opened (" + e.getMessage() + "): choose another with REVITEMS_PORT.");
        }
    }

    private static void checkDatabaseReachable(String url, String user, String password) throws LauncherException {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new LauncherException("REVITEMS_DB_URL must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://db.example.org:5432/revitems, not '" + url + "'.");
        }
        DriverManager.setLoginTimeout(10);
        try (var ignored = DriverManager.getConnection(url, user, password)) {
            // reachable, and the credentials work
        } catch (SQLException e) {
            throw new LauncherException("Cannot connect to the database at " + url + " (" + firstLine(e.getMessage())
                    + "): check REVITEMS_DB_URL, REVITEMS_DB_USER and REVITEMS_DB_PASSWORD, and that the server is running.");
        }
    }

    private EmbeddedDatabase startEmbedded(Path dataDir) throws LauncherException {
        try {
            return EmbeddedDatabase.start(dataDir, 0, false);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new LauncherException("The embedded PostgreSQL could not start with its data in " + dataDir
                    + " (" + firstLine(e.getMessage()) + "): check that the folder is writable, or set REVITEMS_HOME to another folder.");
        }
    }

    private Path dataHome() {
        if (has("REVITEMS_HOME")) {
            return Path.of(env.get("REVITEMS_HOME")).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".revitems");
    }

    private Process startServer(int port, boolean demo, String dbUrl, String dbUser, String dbPassword) throws LauncherException {
        Path serverDir = project.resolve("target/server");
        Path war = project.resolve("target/revitems.war");
        if (!Files.exists(war) || !Files.exists(serverDir.resolve("payara-micro.jar"))) {
            throw new LauncherException("The application is not built: run ./revitems run from the project folder (it builds first).");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(env.getOrDefault("REVITEMS_JAVA_OPTS", "-Xmx768m").trim().split("\\s+")));
        command.addAll(List.of("-jar", serverDir.resolve("payara-micro.jar").toString(),
                "--nocluster",
                "--port", Integer.toString(port),
                "--addLibs", serverDir.resolve("lib").toString(),
                "--prebootcommandfile", project.resolve("payara-config/pre-boot-commands.asadmin").toString(),
                "--deploy", war.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        serverEnvironment(builder.environment(), port, demo, dbUrl, dbUser, dbPassword);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new LauncherException("Payara Micro could not be started (" + e.getMessage() + "): check the JDK installation.");
        }
    }

    /**
     * What the server finds in its environment besides what it inherits: the database, its public URL, and
     * REVITEMS_DEMO=true in demo mode only (an inherited one is taken out otherwise).
     */
    void serverEnvironment(Map<String, String> environment, int port, boolean demo, String dbUrl, String dbUser,
                           String dbPassword) {
        environment.put("REVITEMS_DB_URL", dbUrl);
        environment.put("REVITEMS_DB_USER", dbUser);
        environment.put("REVITEMS_DB_PASSWORD", dbPassword);
        environment.put("REVITEMS_PUBLIC_URL", env.getOrDefault("REVITEMS_PUBLIC_URL", "http://localhost:" + port + CONTEXT_ROOT));
        if (demo) {
            environment.put("REVITEMS_DEMO", "true");
        } else {
            environment.remove("REVITEMS_DEMO");
        }
    }

    /** Ready when the login page answers; failed if the server dies, or is up without the application. */
    private boolean waitUntilReady(String url) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        long serverUpSince = 0;
        while (System.nanoTime() < deadline && server.isAlive()) {
            int status = status(url + "login.xhtml");
            if (status == 200) {
                return true;
            }
            if (status == 404 && serverUpSince == 0) {
                serverUpSince = System.nanoTime();
            }
            // the HTTP listener opens before the application is deployed; a busy 2-core machine took >30 s
            if (serverUpSince != 0 && System.nanoTime() - serverUpSince > TimeUnit.SECONDS.toNanos(120)) {
                return false;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static int status(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(10000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Server first (it holds connections), then the database. Safe to call twice. */
    void stop() {
        Process running = server;
        if (running != null && running.isAlive()) {
            say("stopping the server...");
            running.destroy();
            try {
                if (!running.waitFor(60, TimeUnit.SECONDS)) {
                    running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                running.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        EmbeddedDatabase db = database;
        database = null;
        if (db != null) {
            say("stopping the database...");
            try {
                db.close();
            } catch (IOException | RuntimeException e) {
                say("the database did not stop cleanly: " + firstLine(e.getMessage()));
            }
        }
    }

    private boolean has(String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    private static void say(String line) {
        System.out.println("[revitems] " + line);
    }
}
