package io.hms.core.chaos.fault;

import java.util.Locale;

/** The kinds of fault the chaos agent injects; the meters and reports tag figures with {@link #tag()}. */
public enum FaultKind {
    /** Guarded calls of a component take longer. */
    LATENCY,
    /** Guarded calls of a component fail. */
    ERROR,
    /** A component's health checks fail until a repair restores it. */
    KILL,
    /** Busy threads take the cores. */
    CPU_SPIKE,
    /** A bounded allocation is held. */
    MEMORY_PRESSURE,
    /** A guard's concurrency limit is fully taken. */
    LIMIT_EXHAUSTION,
    /** A host-provided executor's threads are all kept busy. */
    EXECUTOR_EXHAUSTION,
    /** This instance's node of the cluster (its coordinator's) is stopped as in a crash, and restarted on revert. */
    NODE_KILL,
    /** This instance's node of the cluster is cut off from its peers, both ways, and healed on revert. */
    PARTITION,
    /** One of the runtime's own agents dies: its threads die and its timers stop, until it is restarted. */
    AGENT_CRASH;

    /** The lowercase name used in events, meters and reports, e.g. {@code cpu_spike}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
