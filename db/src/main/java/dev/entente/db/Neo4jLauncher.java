package dev.entente.db;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded with a Bolt connector, prints one ready line, and shuts the
 * DBMS down cleanly on SIGTERM / SIGINT (the shutdown hook), so the next start finds the store
 * intact. Configuration comes from environment variables set by scripts/db.ts:
 *
 * <pre>
 *   ENTENTE_NEO4J_HOME       data folder (store, transaction logs, debug log)
 *   ENTENTE_NEO4J_PORT       Bolt port on 127.0.0.1
 *   ENTENTE_NEO4J_PAGECACHE  page cache size, e.g. 512m
 *   ENTENTE_NEO4J_PASSWORD   password of the neo4j user (read from the environment, never argv,
 *                            so it does not show in the process list)
 * </pre>
 */
public final class Neo4jLauncher {
    static final String READY = "ENTENTE_NEO4J_READY";

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path home = Path.of(required(env, "ENTENTE_NEO4J_HOME")).toAbsolutePath();
        int port = Integer.parseInt(env.getOrDefault("ENTENTE_NEO4J_PORT", "7687"));
        long pageCache = parseBytes(env.getOrDefault("ENTENTE_NEO4J_PAGECACHE", "512m"));
        String password = required(env, "ENTENTE_NEO4J_PASSWORD");

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // By then the databases are closed: waiting 2 x 5 s for idle Bolt threads only delays a stop.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // LOAD CSV reads file:/// URLs from <data>/import only, as a server install does.
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("import"))
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                // Preallocating 250 MB transaction log files is wasted disk on a laptop or CI.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                // Keep at most ~512 MB of transaction logs (the embedded default keeps two days: gigabytes after a bulk load).
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "512M size")
                // A runaway query must not hold the database; the API sets tighter per-query limits.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("ENTENTE_NEO4J_STOPPING");
            dbms.shutdown();
            stopped.countDown();
        }, "entente-neo4j-shutdown"));

        setPassword(dbms, password);
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        System.out.println(READY + " bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    /** Sets the neo4j user's password and clears the change-required flag (idempotent). */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has: nothing to do then.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            System.err.println("Neo4jLauncher: environment variable " + name + " is required");
            System.exit(2);
        }
        return value;
    }

    /** Parses sizes such as 512m, 2g, 1048576. */
    static long parseBytes(String text) {
        String t = text.trim().toLowerCase();
        long unit = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            t = t.substring(0, t.length() - 1);
        }
        return Long.parseLong(t) * unit;
    }
}
