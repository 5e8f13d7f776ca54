package fr.revitems.platform;

import fr.revitems.security.AppIdentityStore;
import fr.revitems.security.PasswordHasher;
import fr.revitems.security.SecurityJournalRetentionJob;
import fr.revitems.testing.Deployments;
import fr.revitems.testing.TestDatabase;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform on the real server and database: migrations, identity store, health. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    AppIdentityStore identityStore;

    @Inject
    PasswordHasher hasher;

    @Inject
    DatabaseMigration migration;

    @Inject
    SecurityJournalRetentionJob retention;

    @Test
    void theMigrationsBuildTheWholeSchemaOnAnEmptyDatabase() throws SQLException {
        String name = "empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = TestDatabase.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
        try {
            PGSimpleDataSource empty = new PGSimpleDataSource();
            empty.setURL(TestDatabase.url(name));
            empty.setUser(TestDatabase.USER);
            empty.setPassword(TestDatabase.PASSWORD);
            Flyway flyway = DatabaseMigration.configure(empty);
            MigrateResult result = flyway.migrate();

            assertTrue(result.success);
            assertEquals(flyway.info().all().length, result.migrationsExecuted, "every migration ran");
            try (Connection connection = empty.getConnection()) {
                assertEquals(6, count(connection, "select count(*) from qualification_level where level between 3 and 8"));
                assertEquals("Niveau 5 (Bac+2)", text(connection, "select label_fr from qualification_level where level = 5"));
                assertEquals(4, count(connection, "select count(*) from occupational_category"));
                assertEquals("Techniciens et agents de maîtrise",
                        text(connection, "select label_fr from occupational_category where code = 'TECHNICIAN'"));
                assertEquals(5, count(connection, "select count(*) from contract_type"));
                assertEquals(4, count(connection, "select count(*) from ems_sector"));
                assertEquals(101, count(connection, "select count(*) from department"));
                assertEquals("Val-de-Marne", text(connection, "select name from department where code = '94'"));
                assertEquals("Essonne", text(connection, "select name from department where code = '91'"));
                assertTrue(count(connection, "select count(*) from rome_code where ems_sector = 'EAU'") >= 3);
                assertEquals("Distribution et assainissement d'eau", text(connection, "select label from rome_code where code = 'K2301'"));
            }
        } finally {
            try (Connection admin = TestDatabase.connect("postgres"); Statement statement = admin.createStatement()) {
                statement.execute("drop database " + name + " with (force)");
            }
        }
    }

    @Test
    void theDeployedApplicationRunsOnTheLatestSchema() throws SQLException {
        try (Connection connection = TestDatabase.connect()) {
            assertEquals(text(connection, "select version from flyway_schema_history where success"
                            + " order by installed_rank desc limit 1"), migration.schemaVersion());
            assertEquals(0, count(connection, "select count(*) from flyway_schema_history where not success"));
        }
    }

    @Test
    void theIdentityStoreAcceptsTheRightPasswordOfAnEnabledAccountWithItsRoles() throws SQLException {
        String username = newUser("right", "la bonne phrase de passe", true, "OFFICER", "DESK");
        CredentialValidationResult result = identityStore.validate(
                new UsernamePasswordCredential(username, "la bonne phrase de passe"));

        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals(username, result.getCallerPrincipal().getName());
        assertEquals(Set.of("OFFICER", "DESK"), result.getCallerGroups());
    }

    @Test
    void theIdentityStoreRefusesAWrongPasswordAnUnknownUserAndADisabledAccount() throws SQLException {
        String enabled = newUser("wrong", "la bonne phrase de passe", true, "OFFICER");
        String disabled = newUser("disabled", "la bonne phrase de passe", false, "OFFICER");

        assertEquals(CredentialValidationResult.Status.INVALID, identityStore.validate(
                new UsernamePasswordCredential(enabled, "une autre phrase de passe")).getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID, identityStore.validate(
                new UsernamePasswordCredential("nobody-" + UUID.randomUUID(), "la bonne phrase de passe")).getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID, identityStore.validate(
                new UsernamePasswordCredential(disabled, "la bonne phrase de passe")).getStatus());
    }

    @Test
    void passwordsAreStoredAsPbkdf2Sha256With600000Iterations() throws SQLException {
        String username = newUser("hash", "la bonne phrase de passe", true, "OFFICER");
        try (Connection connection = TestDatabase.connect();
             PreparedStatement query = connection.prepareStatement("select password_hash from app_user where username = ?")) {
            query.setString(1, username);
            ResultSet row = query.executeQuery();
            row.next();
            String[] parts = row.getString(1).split(":");
            assertEquals("PBKDF2WithHmacSHA256", parts[0]);
            assertEquals("600000", parts[1]);
            assertTrue(!row.getString(1).contains("la bonne phrase"));
        }
    }

    @Test
    void securityEventsAreDeletedAfterOneYearAndNotBefore() throws SQLException {
        String username = "retention-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("insert into security_event (occurred_at, kind, username) values"
                    + " (now() - interval '366 days', 'LOGIN_FAILED', '" + username + "'),"
                    + " (now() - interval '364 days', 'LOGIN_SUCCEEDED', '" + username + "')");
        }

        retention.deleteExpired();

        try (Connection connection = TestDatabase.connect()) {
            assertEquals("LOGIN_SUCCEEDED", text(connection,
                    "select string_agg(kind, ',') from security_event where username = '" + username + "'"));
        }
    }

    @Test
    @RunAsClient
    void readinessIsUpWithTheDatabaseAndDownWithoutIt(@ArquillianResource URL application) throws Exception {
        URI ready = application.toURI().resolve("/health/ready");
        assertEquals(200, get(ready).statusCode());
        assertTrue(get(ready).body().contains("\"UP\""));
        try (Connection admin = TestDatabase.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("alter database revitems allow_connections false");
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'revitems'");
            try {
                HttpResponse<String> down = get(ready);
                assertEquals(503, down.statusCode());
                assertTrue(down.body().contains("\"DOWN\""), down.body());
                assertTrue(down.body().contains("database"), down.body());
            } finally {
                statement.execute("alter database revitems allow_connections true");
            }
        }
        assertEquals(200, get(ready).statusCode(), "ready again once the database is back");
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Inserts an account with a real hash, as the users page would, and returns its username. */
    private String newUser(String prefix, String password, boolean enabled, String... roles) throws SQLException {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = TestDatabase.connect()) {
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into app_user (username, display_name, password_hash, enabled) values (?, ?, ?, ?) returning id")) {
                insert.setString(1, username);
                insert.setString(2, "Test " + prefix);
                insert.setString(3, hasher.hash(password.toCharArray()));
                insert.setBoolean(4, enabled);
                ResultSet key = insert.executeQuery();
                key.next();
                id = key.getLong(1);
            }
            for (String role : roles) {
                try (PreparedStatement insert = connection.prepareStatement("insert into app_user_role (user_id, role) values (?, ?)")) {
                    insert.setLong(1, id);
                    insert.setString(2, role);
                    insert.executeUpdate();
                }
            }
        }
        return username;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
