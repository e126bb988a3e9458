package io.hms.consensus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The settings of one node of a {@link RaftCoordinator}: which Raft group it joins, where it
 * listens, who its peers are, where it keeps its log and snapshots, and how it times elections,
 * snapshots and reads.
 *
 * <pre>{@code
 * RaftConfig config = RaftConfig.builder()
 *         .address("127.0.0.1:7001")
 *         .peers("127.0.0.1:7001", "127.0.0.1:7002", "127.0.0.1:7003")
 *         .dataDirectory(Path.of("/var/lib/inventory/hms-raft"))
 *         .build();
 * }</pre>
 *
 * <p>The record validates its values; {@link Builder#build()} also checks the machine: that the
 * address's port can be bound and the data directory written. Every error names the setting and the
 * fix. Immutable and thread-safe.
 *
 * @param groupId          the Raft group, one per HMS cluster; the same on every node
 * @param address          this node's {@code host:port}, also its node id
 * @param peers            every voting member's {@code host:port}, this node included
 * @param dataDirectory    where the log, the Raft metadata and the snapshots live
 * @param electionTimeout  how long a follower waits without hearing from the leader before it stands for
 *                         election; {@value #DEFAULT_ELECTION_TIMEOUT_MILLIS} ms by default. The leader sends
 *                         heartbeats every tenth of it; a follower's election timer fires every timeout plus
 *                         a random delay of up to half of it, and stands once the leader has been silent
 *                         for a whole timeout, so a new leader is elected one to two and a half timeouts
 *                         after the old one died. With the default, writes succeed again about 0.6 to 0.8 s
 *                         after a {@code kill -9} of the leader (at most 0.95 s in each of three runs of 20
 *                         kills on one machine; see benchmarks/README.md). Raise it where the leader can stall
 *                         for longer than that
 *                         (long GC pauses, overloaded CPUs), or followers will stand while it lives
 * @param snapshotInterval how often a snapshot is taken (whole seconds), compacting the log
 * @param readMode         how state queries are made linearizable
 * @param requestTimeout   how long a commit, lock or read may wait for the cluster
 * @param clock            the clock that stamps lock leases on the leader
 * @param join             whether this node starts outside the group, with no configuration of its own,
 *                         waiting to be added to a running group with {@link RaftCoordinator#addPeer};
 *                         {@code peers} then only tell it where to look for the group
 * @param retainedPolicyVersions how many versions of each component's policy this node keeps in memory
 *                         and in its snapshots, the latest ones; {@value #DEFAULT_RETAINED_POLICY_VERSIONS} by
 *                         default, at least 2 so that the previous version can always be rolled back to.
 *                         A registry rebuilt on this node (after a restart, or by a late commit listener) holds
 *                         these versions, numbered as on every other node, and can roll back to them only;
 *                         a node that never restarted still holds every version its registry saw. Use the
 *                         same value on every node, so that each can roll back as far as the others
 * @param chaosFaults      whether {@code hms.chaos()} may kill this node and partition it from its peers
 *                         ({@code NodeKillFault}, {@code PartitionFault}); false by default, and the node's
 *                         messages then go through jraft's transport untouched. When true, the node's RPC
 *                         clients and server consult a partition switch of its own, which only the chaos
 *                         agent turns on
 */
public record RaftConfig(String groupId, String address, List<String> peers, Path dataDirectory,
                         Duration electionTimeout, Duration snapshotInterval, ReadMode readMode,
                         Duration requestTimeout, Clock clock, boolean join, int retainedPolicyVersions,
                         boolean chaosFaults) {

    /** Validates the values; see {@link Builder#build()} for the checks against the machine. */
    public RaftConfig {
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("groupId must not be blank; use the same name on every node,"
                    + " e.g. \"hms\"");
        }
        RaftAddresses.parse(address, "address");
        peers = List.copyOf(Objects.requireNonNull(peers, "peers"));
        for (String peer : peers) {
            RaftAddresses.parse(peer, "peer");
        }
        if (!peers.contains(address)) {
            throw new IllegalArgumentException("peers " + peers + " must include this node's address " + address
                    + "; list every voting member, this one included");
        }
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        positive(electionTimeout, "electionTimeout");
        if (Objects.requireNonNull(snapshotInterval, "snapshotInterval").toSeconds() < 1) {
            throw new IllegalArgumentException("snapshotInterval must be at least 1 s, got " + snapshotInterval);
        }
        Objects.requireNonNull(readMode, "readMode");
        positive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(clock, "clock");
        if (retainedPolicyVersions < 2) {
            throw new IllegalArgumentException("retainedPolicyVersions must be at least 2, got "
                    + retainedPolicyVersions + "; it is how many versions of each policy a node keeps for"
                    + " rollback, and the previous version must stay reachable (default "
                    + DEFAULT_RETAINED_POLICY_VERSIONS + ")");
        }
    }

    /** The default election timeout in milliseconds. */
    public static final long DEFAULT_ELECTION_TIMEOUT_MILLIS = 250;

    /** How many versions of each component's policy a node keeps by default. */
    public static final int DEFAULT_RETAINED_POLICY_VERSIONS = 100;

    /** A builder with the defaults: group {@code hms}, 250 ms elections, hourly snapshots, ReadIndex reads. */
    public static Builder builder() {
        return new Builder();
    }

    private static void positive(Duration value, String setting) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(setting + " must be positive, got " + value);
        }
    }

    /** Collects the settings of a {@link RaftConfig}. Not thread-safe. */
    public static final class Builder {

        private String groupId = "hms";
        private String address;
        private final List<String> peers = new ArrayList<>();
        private Path dataDirectory;
        private Duration electionTimeout = Duration.ofMillis(DEFAULT_ELECTION_TIMEOUT_MILLIS);
        private Duration snapshotInterval = Duration.ofHours(1);
        private ReadMode readMode = ReadMode.READ_INDEX;
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Clock clock = Clock.systemUTC();
        private boolean join;
        private int retainedPolicyVersions = DEFAULT_RETAINED_POLICY_VERSIONS;
        private boolean chaosFaults;

        private Builder() {
        }

        /** The Raft group; {@code hms} by default. */
        public Builder groupId(String value) {
            this.groupId = value;
            return this;
        }

        /** This node's {@code host:port}; required. */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /** Every voting member's {@code host:port}; this node alone by default. */
        public Builder peers(String... values) {
            return peers(List.of(values));
        }

        /** Every voting member's {@code host:port}; this node alone by default. */
        public Builder peers(List<String> values) {
            peers.clear();
            peers.addAll(values);
            return this;
        }

        /** Where the log, metadata and snapshots live; required. */
        public Builder dataDirectory(Path value) {
            this.dataDirectory = value;
            return this;
        }

        /** The election timeout; {@value RaftConfig#DEFAULT_ELECTION_TIMEOUT_MILLIS} ms by default. */
        public Builder electionTimeout(Duration value) {
            this.electionTimeout = value;
            return this;
        }

        /** How often snapshots are taken; 1 h by default. */
        public Builder snapshotInterval(Duration value) {
            this.snapshotInterval = value;
            return this;
        }

        /** How reads are made linearizable; {@link ReadMode#READ_INDEX} by default. */
        public Builder readMode(ReadMode value) {
            this.readMode = value;
            return this;
        }

        /** How long an operation may wait for the cluster; 10 s by default. */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        /** The clock that stamps lock leases; the system clock by default. */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /**
         * Whether this node joins a running group (to be added with {@link RaftCoordinator#addPeer})
         * instead of starting with {@code peers} as the group's members; false by default.
         */
        public Builder join(boolean value) {
            this.join = value;
            return this;
        }

        /**
         * How many versions of each component's policy this node keeps, the latest ones, at least 2;
         * {@value RaftConfig#DEFAULT_RETAINED_POLICY_VERSIONS} by default.
         */
        public Builder retainedPolicyVersions(int value) {
            this.retainedPolicyVersions = value;
            return this;
        }

        /**
         * Whether {@code hms.chaos()} may kill and partition this node; false by default. Enable it on the
         * instances a chaos experiment breaks, together with {@code ChaosOptions.enabled()} on their runtime.
         */
        public Builder chaosFaults(boolean value) {
            this.chaosFaults = value;
            return this;
        }

        /**
         * The config, after checking that the address's port is free and the data directory can be
         * created and written.
         *
         * @throws IllegalArgumentException for a bad value, naming the setting and the fix
         * @throws IllegalStateException    for a port in use or an unwritable data directory
         */
        public RaftConfig build() {
            if (dataDirectory == null) {
                throw new IllegalArgumentException("dataDirectory is not set; give a directory this process may"
                        + " write, one per node, e.g. Path.of(\"data/hms-raft\")");
            }
            List<String> members = peers.isEmpty() && address != null ? List.of(address) : peers;
            RaftConfig config = new RaftConfig(groupId, address, members, dataDirectory, electionTimeout,
                    snapshotInterval, readMode, requestTimeout, clock, join, retainedPolicyVersions, chaosFaults);
            RaftAddresses.requireFree(RaftAddresses.parse(address, "address"), "address");
            requireWritable(dataDirectory);
            return config;
        }

        private static void requireWritable(Path directory) {
            try {
                Files.createDirectories(directory);
                Path probe = Files.createTempFile(directory, ".write-check", ".tmp");
                Files.delete(probe);
            } catch (IOException | SecurityException e) {
                throw new IllegalStateException("dataDirectory " + directory + " cannot be written (" + e
                        + "); point it at a directory this process may create and write", e);
            }
        }
    }
}
