package io.hms.core.chaos;

import io.hms.core.chaos.fault.AgentCrashFault;
import io.hms.core.chaos.fault.CpuSpikeFault;
import io.hms.core.chaos.fault.ErrorFault;
import io.hms.core.chaos.fault.ExecutorExhaustionFault;
import io.hms.core.chaos.fault.Fault;
import io.hms.core.chaos.fault.KillFault;
import io.hms.core.chaos.fault.LatencyFault;
import io.hms.core.chaos.fault.LimitExhaustionFault;
import io.hms.core.chaos.fault.MemoryPressureFault;
import io.hms.core.chaos.fault.NodeKillFault;
import io.hms.core.chaos.fault.PartitionFault;
import io.hms.core.chaos.internal.AgentCrashInjection;
import io.hms.core.chaos.internal.ClusterFaultInjection;
import io.hms.core.chaos.internal.CpuSpike;
import io.hms.core.chaos.internal.ErrorCall;
import io.hms.core.chaos.internal.ExecutorExhaustion;
import io.hms.core.chaos.internal.GuardFaultInjection;
import io.hms.core.chaos.internal.Injection;
import io.hms.core.chaos.internal.KillSwitch;
import io.hms.core.chaos.internal.LatencyCall;
import io.hms.core.chaos.internal.LimitExhaustion;
import io.hms.core.chaos.internal.MemoryPressure;
import io.hms.core.guard.Guards;
import io.hms.core.guard.internal.GuardFaults;
import io.hms.core.supervisor.Supervisor;
import io.hms.core.time.HmsThreads;
import io.hms.core.time.Scheduler;

/** Turns a {@link Fault} into the {@link Injection} that applies it, checking its bounds first. */
final class Injections {

    /** What a fault acts on; two active faults of one family on one component conflict. */
    enum Family { GUARD_CALLS, HEALTH, LIMIT, EXECUTOR, PROCESS, CLUSTER, AGENT }

    private Injections() {
    }

    static Family family(Fault fault) {
        return switch (fault) {
            case LatencyFault f -> Family.GUARD_CALLS;
            case ErrorFault f -> Family.GUARD_CALLS;
            case KillFault f -> Family.HEALTH;
            case LimitExhaustionFault f -> Family.LIMIT;
            case ExecutorExhaustionFault f -> Family.EXECUTOR;
            case CpuSpikeFault f -> Family.PROCESS;
            case MemoryPressureFault f -> Family.PROCESS;
            case NodeKillFault f -> Family.CLUSTER;
            case PartitionFault f -> Family.CLUSTER;
            case AgentCrashFault f -> Family.AGENT;
        };
    }

    /**
     * @param guards the guards a fault's component must have
     * @param faults the hook into their calls; an enabled chaos agent's only
     */
    static Injection of(Fault fault, String id, ChaosOptions options, Scheduler scheduler, Guards guards,
                        GuardFaults faults, KillSwitch killSwitch, ClusterFaultsRef cluster, Supervisor supervisor,
                        HmsThreads threads) {
        return switch (fault) {
            case AgentCrashFault f -> new AgentCrashInjection(supervisor, f.agent(), id);
            case NodeKillFault f -> ClusterFaultInjection.kill(cluster.require(f));
            case PartitionFault f -> ClusterFaultInjection.partition(cluster.require(f));
            case LatencyFault f -> new GuardFaultInjection(faults, guards.guard(f.component()).component(),
                    new LatencyCall(scheduler, f.delay().toNanos(), f.fraction()));
            case ErrorFault f -> new GuardFaultInjection(faults, guards.guard(f.component()).component(),
                    new ErrorCall(id, f.fraction()));
            case KillFault f -> killSwitch.kill(f.component(), id);
            case LimitExhaustionFault f -> new LimitExhaustion(guards.guard(f.component()).limiter());
            case ExecutorExhaustionFault f -> new ExecutorExhaustion(f.executor(), f.tasks());
            case CpuSpikeFault f -> new CpuSpike(f.threads(), threads);
            case MemoryPressureFault f -> {
                if (f.bytes() > options.maxMemoryBytes()) {
                    throw new IllegalArgumentException("memory pressure of " + f.bytes() + " bytes exceeds "
                            + "ChaosOptions.maxMemoryBytes " + options.maxMemoryBytes());
                }
                if (!MemoryPressure.fits(f.bytes())) {
                    throw new IllegalArgumentException("memory pressure of " + f.bytes() + " bytes exceeds half "
                            + "the free heap; ask for less or run with a larger -Xmx");
                }
                yield new MemoryPressure(f.bytes());
            }
        };
    }
}
