package fr.revitems.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The throwaway PostgreSQL of the integration tests, in a JVM of its own that Maven starts in
 * the pre-integration-test phase and ends (SIGTERM) when the build finishes; the embedded
 * server's shutdown hook then stops PostgreSQL. Arguments: port, data directory (wiped first),
 * and a scratch directory the tests' JVMs use as java.io.tmpdir.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int port = Integer.parseInt(args[0]);
        Files.createDirectories(Path.of(args[2]));
        Path data = Path.of(args[1]);
        deleteRecursively(data);
        EmbeddedDatabase database = EmbeddedDatabase.start(data, port, true,
                // per-statement times for the benchmarks (contrib module shipped with the binaries; ~free)
                java.util.Map.of("shared_preload_libraries", "pg_stat_statements"));
        System.out.println("[revitems] test database ready at " + database.jdbcUrl());
        Thread.currentThread().join();
    }

    /** initdb wants an empty folder: a previous run killed mid-way may have left one behind. */
    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
