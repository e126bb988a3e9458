package io.hms.consensus;

import io.hms.api.spi.Coordinator;
import io.hms.api.spi.CoordinatorProvider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;

/**
 * Makes a runtime that was given no coordinator join a Raft cluster, configured by system
 * properties. Registered for {@link java.util.ServiceLoader}, so putting {@code hms-consensus} on the
 * class path is enough:
 *
 * <pre>
 * -Dhms.raft.address=127.0.0.1:7001
 * -Dhms.raft.peers=127.0.0.1:7001,127.0.0.1:7002,127.0.0.1:7003
 * -Dhms.raft.dataDir=/var/lib/inventory/hms-raft
 * </pre>
 *
 * <p>Properties: {@code hms.raft.address} (required), {@code hms.raft.peers} (comma-separated,
 * default: the address alone), {@code hms.raft.group} ({@code hms}), {@code hms.raft.dataDir}
 * ({@code <tmp>/hms-raft/<host>_<port>}), {@code hms.raft.electionTimeoutMs} (250),
 * {@code hms.raft.snapshotIntervalSecs} (3600), {@code hms.raft.readMode} ({@code READ_INDEX} or
 * {@code LEASE}), {@code hms.raft.requestTimeoutMs} (10000), {@code hms.raft.join} ({@code false}; true to wait to
 * be added to a running group), {@code hms.raft.retainedPolicyVersions} (100), {@code hms.raft.chaosFaults}
 * ({@code false}; true to let {@code hms.chaos()} kill and partition the node). A missing or bad setting fails with a
 * message naming the property; the runtime then falls back to its local coordinator and logs why.
 * Thread-safe.
 */
public final class RaftCoordinatorProvider implements CoordinatorProvider {

    /** The prefix of every property read. */
    public static final String PREFIX = "hms.raft.";

    @Override
    public Coordinator create() {
        return RaftCoordinator.start(config(System.getProperties()));
    }

    /** The config the properties describe. */
    public static RaftConfig config(Properties properties) {
        String address = properties.getProperty(PREFIX + "address");
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException(PREFIX + "address is not set; start the JVM with e.g. -D" + PREFIX
                    + "address=127.0.0.1:7001 -D" + PREFIX + "peers=<every member's host:port, comma-separated>");
        }
        RaftConfig.Builder builder = RaftConfig.builder().address(address.trim());
        String peers = properties.getProperty(PREFIX + "peers");
        if (peers != null && !peers.isBlank()) {
            builder.peers(Arrays.stream(peers.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList());
        }
        builder.groupId(properties.getProperty(PREFIX + "group", "hms"));
        builder.join(Boolean.parseBoolean(properties.getProperty(PREFIX + "join", "false").trim()));
        builder.chaosFaults(Boolean.parseBoolean(properties.getProperty(PREFIX + "chaosFaults", "false").trim()));
        String dataDir = properties.getProperty(PREFIX + "dataDir");
        builder.dataDirectory(dataDir != null ? Path.of(dataDir)
                : Path.of(System.getProperty("java.io.tmpdir"), "hms-raft", address.trim().replace(':', '_')));
        builder.electionTimeout(Duration.ofMillis(number(properties, "electionTimeoutMs",
                RaftConfig.DEFAULT_ELECTION_TIMEOUT_MILLIS)));
        builder.snapshotInterval(Duration.ofSeconds(number(properties, "snapshotIntervalSecs", 3600)));
        builder.requestTimeout(Duration.ofMillis(number(properties, "requestTimeoutMs", 10_000)));
        long retained = number(properties, "retainedPolicyVersions", RaftConfig.DEFAULT_RETAINED_POLICY_VERSIONS);
        if (retained < 2 || retained > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(PREFIX + "retainedPolicyVersions is " + retained
                    + "; keep between 2 (the current version and the one before, for rollback) and "
                    + Integer.MAX_VALUE + " versions of each policy");
        }
        builder.retainedPolicyVersions((int) retained);
        String readMode = properties.getProperty(PREFIX + "readMode", ReadMode.READ_INDEX.name()).trim();
        try {
            builder.readMode(ReadMode.valueOf(readMode.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + "readMode '" + readMode + "' is not one of "
                    + Arrays.toString(ReadMode.values()), e);
        }
        return builder.build();
    }

    private static long number(Properties properties, String name, long fallback) {
        String value = properties.getProperty(PREFIX + name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + name + " '" + value + "' is not a whole number", e);
        }
    }
}
