package io.hms.core.chaos.fault;

import io.hms.api.spi.ClusterFaults;

/**
 * What to break: an immutable description of a fault, injected with {@link io.hms.core.chaos.Chaos#inject}.
 *
 * <pre>{@code
 * chaos.inject(new LatencyFault("inventory", Duration.ofMillis(300), 1.0), Duration.ofSeconds(5));
 * chaos.inject(new CpuSpikeFault(4), Duration.ofSeconds(2));
 * chaos.inject(new NodeKillFault(), Duration.ofSeconds(5));       // with a coordinator that offers cluster faults
 * }</pre>
 *
 * <p>The set is closed so that reports and meters can name every kind; each kind says whether it
 * affects one component, the whole JVM ({@code io.hms.api.event.ChaosInjected#PROCESS}), this
 * instance's cluster node ({@value ClusterFaults#TARGET}) or one of the runtime's agents (its name).
 */
public sealed interface Fault permits LatencyFault, ErrorFault, KillFault, CpuSpikeFault, MemoryPressureFault,
        LimitExhaustionFault, ExecutorExhaustionFault, NodeKillFault, PartitionFault, AgentCrashFault {

    /** Its kind. */
    FaultKind kind();

    /** The component it affects, {@code "process"} for the whole JVM, or {@code "coordinator"} for the node. */
    String target();

    /** Its parameters in a few words, e.g. {@code "+300ms on 100% of calls"}. */
    String describe();

}
