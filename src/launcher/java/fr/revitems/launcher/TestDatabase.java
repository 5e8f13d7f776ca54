package fr.revitems.launcher;

import java.nio.file.Path;

/**
 * Starts the throwaway PostgreSQL of the integration tests (Maven's pre-integration-test phase)
 * and returns: the server lives as long as Maven's JVM, whose shutdown hook stops it.
 * Arguments: port, data directory (wiped first).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[1]), port, true);
        System.out.println("[revitems] test database ready at " + database.jdbcUrl());
    }
}
