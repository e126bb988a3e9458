package io.hms.consensus.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.hms.api.FunctionDescriptor;
import io.hms.api.event.BreakerState;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.spi.RegistryMutation;
import io.hms.api.spi.SwarmReport;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the replicated log: what every replica applies, in log order.
 *
 * <p>Commands are plain data and carry everything a replica needs to decide identically; a lock
 * acquisition carries the leader's clock reading ({@code stampMillis}) so that lease expiry does not
 * depend on the clock of the replica applying it. {@link CommandCodec} writes the log-entry form (a
 * format-version byte, then the command in binary form).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Command.CommitPolicy.class, name = "commit-policy"),
        @JsonSubTypes.Type(value = Command.PublishDescriptors.class, name = "publish-descriptors"),
        @JsonSubTypes.Type(value = Command.AcquireLock.class, name = "acquire-lock"),
        @JsonSubTypes.Type(value = Command.ReleaseLock.class, name = "release-lock"),
        @JsonSubTypes.Type(value = Command.PostBreakerWindow.class, name = "post-breaker-window"),
        @JsonSubTypes.Type(value = Command.PostRepairProgress.class, name = "post-repair-progress"),
        @JsonSubTypes.Type(value = Command.RenewLock.class, name = "renew-lock"),
        @JsonSubTypes.Type(value = Command.PostNodeState.class, name = "post-node-state"),
        @JsonSubTypes.Type(value = Command.PostMigrants.class, name = "post-migrants")
})
public sealed interface Command {

    /**
     * The command that commits {@code mutation}. The log numbers policy versions as replicas apply
     * them; a policy commit numbered by its caller carries that number as the version it must make
     * (a compare-and-set decided when the entry is applied).
     */
    static MutationCommand of(RegistryMutation mutation) {
        return switch (mutation) {
            case RegistryMutation.PolicyCommit c -> new CommitPolicy(c.component(), c.policy(), c.source(),
                    c.version());
            case RegistryMutation.DescriptorsPublished d -> new PublishDescriptors(d.nodeId(), d.descriptors());
        };
    }

    /** A command that changes the registry and is told to the commit listeners. */
    sealed interface MutationCommand extends Command {
        /** The registry change this command carries. */
        RegistryMutation toMutation();
    }

    /**
     * A component's policy becomes a new version: the next one, or, when {@code version} is not 0, exactly
     * {@code version}, applied only while the component is at {@code version - 1} (refused otherwise).
     */
    record CommitPolicy(String component, ComponentPolicy policy, String source, long version)
            implements MutationCommand {
        /** Validates the fields. */
        public CommitPolicy {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(source, "source");
            if (version != 0 && version < 2) {
                throw new IllegalArgumentException("a policy commit makes version 2 or later (or 0: the next),"
                        + " got " + version);
            }
        }

        /** A commit that makes the component's next version, whatever it is. */
        public CommitPolicy(String component, ComponentPolicy policy, String source) {
            this(component, policy, source, 0);
        }

        @Override
        public RegistryMutation toMutation() {
            return new RegistryMutation.PolicyCommit(component, policy, source, version);
        }
    }

    /** An instance's functions, replacing what it published before. */
    record PublishDescriptors(String nodeId, List<FunctionDescriptor> descriptors) implements MutationCommand {
        /** Copies the list. */
        public PublishDescriptors {
            Objects.requireNonNull(nodeId, "nodeId");
            descriptors = List.copyOf(descriptors);
        }

        @Override
        public RegistryMutation toMutation() {
            return new RegistryMutation.DescriptorsPublished(nodeId, descriptors);
        }
    }

    /**
     * Take lock {@code name} for {@code holder} for {@code leaseMillis}, judged at the leader's
     * {@code stampMillis} (epoch milliseconds). {@code requestId} names the request: applied again (a
     * retry after an answer was lost) while its grant is the lock's current one, it answers that grant
     * instead of refusing or granting anew. Null in entries written before request ids existed.
     */
    record AcquireLock(String name, String holder, long leaseMillis, long stampMillis, String requestId)
            implements Command {
        /** Validates the fields. */
        public AcquireLock {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(holder, "holder");
            if (leaseMillis < 1) {
                throw new IllegalArgumentException("a lease must last at least 1 ms, got " + leaseMillis + " ms");
            }
        }

        /** This command judged at {@code millis}. */
        public AcquireLock stampedAt(long millis) {
            return new AcquireLock(name, holder, leaseMillis, millis, requestId);
        }
    }

    /**
     * The command that posts {@code report} to every replica's report board, numbered {@code sequence} among
     * its reporter's reports (see {@link io.hms.api.spi.ReportBoard#post(SwarmReport, long)}).
     */
    static Command of(SwarmReport report, long sequence) {
        return switch (report) {
            case SwarmReport.BreakerWindow w -> new PostBreakerWindow(w.nodeId(), w.component(), w.windowCalls(),
                    w.windowFailures(), w.state(), w.heldByCluster(), sequence);
            case SwarmReport.RepairProgress p -> new PostRepairProgress(p.nodeId(), p.component(), p.function(),
                    p.level(), p.token(), p.ended(), sequence);
            case SwarmReport.NodeState n -> new PostNodeState(n.nodeId(), n.components(), sequence);
            case SwarmReport.Migrants m -> new PostMigrants(m.nodeId(), m.component(), m.run(), m.generation(),
                    m.policies(), sequence);
        };
    }

    /** A command that carries a {@link SwarmReport}, numbered among its reporter's reports. */
    sealed interface PostReport extends Command {
        /** The report it carries; validates the fields. */
        SwarmReport toReport();

        /** Its place among its reporter's reports: larger is newer. */
        long sequence();
    }

    /**
     * An instance's breaker window of a shared component ({@link SwarmReport.BreakerWindow}): soft state,
     * posted to the report board of every replica and kept out of snapshots.
     */
    record PostBreakerWindow(String nodeId, String component, int windowCalls, int windowFailures,
                             BreakerState state, boolean heldByCluster, long sequence) implements PostReport {
        @Override
        public SwarmReport.BreakerWindow toReport() {
            return new SwarmReport.BreakerWindow(nodeId, component, windowCalls, windowFailures, state, heldByCluster);
        }
    }

    /** An instance's repair progress ({@link SwarmReport.RepairProgress}): soft state, as a breaker window. */
    record PostRepairProgress(String nodeId, String component, String function, int level, long token,
                              boolean ended, long sequence) implements PostReport {
        @Override
        public SwarmReport.RepairProgress toReport() {
            return new SwarmReport.RepairProgress(nodeId, component, function, level, token, ended);
        }
    }

    /** An instance's components as it sees them ({@link SwarmReport.NodeState}): soft state, as a breaker window. */
    record PostNodeState(String nodeId, List<SwarmReport.ComponentState> components, long sequence)
            implements PostReport {
        @Override
        public SwarmReport.NodeState toReport() {
            return new SwarmReport.NodeState(nodeId, components);
        }
    }

    /** An island's best candidates ({@link SwarmReport.Migrants}): soft state, as a breaker window. */
    record PostMigrants(String nodeId, String component, long run, long generation, List<GuardPolicy> policies,
                        long sequence) implements PostReport {
        @Override
        public SwarmReport.Migrants toReport() {
            return new SwarmReport.Migrants(nodeId, component, run, generation, policies);
        }
    }

    /**
     * Extend lock {@code name}'s grant of {@code token} to end {@code leaseMillis} after the leader's
     * {@code stampMillis}, if that grant is current and has not ended at the stamp.
     */
    record RenewLock(String name, long token, long leaseMillis, long stampMillis) implements Command {
        /** Validates the fields. */
        public RenewLock {
            Objects.requireNonNull(name, "name");
            if (leaseMillis < 1) {
                throw new IllegalArgumentException("a lease must last at least 1 ms, got " + leaseMillis + " ms");
            }
        }

        /** This command judged at {@code millis}. */
        public RenewLock stampedAt(long millis) {
            return new RenewLock(name, token, leaseMillis, millis);
        }
    }

    /** Release lock {@code name} if its current grant is {@code token}. */
    record ReleaseLock(String name, long token) implements Command {
        /** Validates the fields. */
        public ReleaseLock {
            Objects.requireNonNull(name, "name");
        }
    }
}
