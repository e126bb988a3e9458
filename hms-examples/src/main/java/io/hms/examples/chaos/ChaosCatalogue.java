package io.hms.examples.chaos;

import io.hms.core.chaos.experiment.Expectations;
import io.hms.core.chaos.experiment.Experiment;
import io.hms.core.chaos.fault.AgentCrashFault;
import io.hms.core.chaos.fault.CpuSpikeFault;
import io.hms.core.chaos.fault.ErrorFault;
import io.hms.core.chaos.fault.ExecutorExhaustionFault;
import io.hms.core.chaos.fault.KillFault;
import io.hms.core.chaos.fault.LatencyFault;
import io.hms.core.chaos.fault.LimitExhaustionFault;
import io.hms.core.chaos.fault.MemoryPressureFault;
import io.hms.core.chaos.fault.NodeKillFault;
import io.hms.core.chaos.fault.PartitionFault;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * One experiment per in-process fault kind against the {@link ChaosHost}'s inventory. Faults HMS can
 * repair (kill, errors, latency) end with the first repair and must be detected within 5 s (a generous
 * bound: slow calls are noticed only once the breaker's window has filled); faults on
 * the JVM or on pools end at a 2 s deadline, need no detection, and must leave the system settled.
 * A crash of the healer (its threads die) must be found and restarted by the supervisor within 5 s (it
 * checks every second), which ends the fault, with nothing lost meanwhile.
 * Every experiment: steady state error rate &lt; 1 %, p99 &lt; 200 ms over 500 ms before and after, no
 * lost calls, recovery within 5 s, a 20 s deadline.
 *
 * <p>The Raft faults ({@link #cluster()}) run against a {@link ClusterChaosHost}'s leader: its node is
 * killed or partitioned for 3 s; the monitor must see its {@code coordinator} component DOWN within 5 s
 * and UP again within 10 s of that (the fault's 3 s included), a 25 s deadline.
 *
 * <pre>{@code for (Experiment e : ChaosCatalogue.all(host.orderPool())) hms.experiments().run(e).get(); }</pre>
 */
public final class ChaosCatalogue {

    static final String INVENTORY = "inventory";
    private static final Duration REPAIRABLE = Duration.ofSeconds(10);
    private static final Duration TRANSIENT = Duration.ofSeconds(2);
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final Expectations HEALED = Expectations.recoveredWithin(Duration.ofSeconds(5))
            .detectedWithin(Duration.ofSeconds(5));
    private static final Expectations ENDURED = Expectations.recoveredWithin(Duration.ofSeconds(5));
    private static final Duration CLUSTER_FAULT = Duration.ofSeconds(3);
    private static final Duration CLUSTER_DEADLINE = Duration.ofSeconds(25);
    private static final Expectations CLUSTER_RECOVERED = Expectations.recoveredWithin(Duration.ofSeconds(10))
            .detectedWithin(Duration.ofSeconds(5));

    private ChaosCatalogue() {
    }

    /** The inventory's health checks fail until a repair restores it. */
    public static Experiment kill() {
        return Experiment.named("kill").faultUntilRepaired(new KillFault(INVENTORY), REPAIRABLE).expect(HEALED)
                .deadline(DEADLINE).build();
    }

    /** Every inventory call fails until a repair. */
    public static Experiment errors() {
        return Experiment.named("errors").faultUntilRepaired(new ErrorFault(INVENTORY, 1.0), REPAIRABLE)
                .expect(HEALED).deadline(DEADLINE).build();
    }

    /** Every inventory call takes 300 ms, beyond its 200 ms timeout, until a repair. */
    public static Experiment latency() {
        return Experiment.named("latency").faultUntilRepaired(new LatencyFault(INVENTORY,
                Duration.ofMillis(300), 1.0), REPAIRABLE).expect(HEALED).deadline(DEADLINE).build();
    }

    /** Every core busy for 2 s. */
    public static Experiment cpuSpike() {
        return Experiment.named("cpu-spike").watching(INVENTORY).fault(CpuSpikeFault.allCores(), TRANSIENT)
                .expect(ENDURED).deadline(DEADLINE).build();
    }

    /** 64 MiB held for 2 s. */
    public static Experiment memoryPressure() {
        return Experiment.named("memory-pressure").watching(INVENTORY).fault(new MemoryPressureFault(64L << 20),
                TRANSIENT).expect(ENDURED).deadline(DEADLINE).build();
    }

    /** The inventory guard's concurrency limit taken for 2 s (the fallback answers). */
    public static Experiment limitExhaustion() {
        return Experiment.named("limit-exhaustion").fault(new LimitExhaustionFault(INVENTORY), TRANSIENT)
                .expect(ENDURED).deadline(DEADLINE).build();
    }

    /** The host's order pool fully occupied for 2 s. */
    public static Experiment executorExhaustion(Executor orderPool) {
        return Experiment.named("executor-exhaustion").fault(new ExecutorExhaustionFault(INVENTORY, orderPool,
                ChaosHost.POOL_THREADS), TRANSIENT).expect(ENDURED).deadline(DEADLINE).build();
    }

    /**
     * The healer crashes: the threads of its subscriptions die. The supervisor must restart it (the alarm)
     * within 5 s; the fault would last 10 s otherwise, and the restart ends it.
     */
    public static Experiment agentCrash() {
        return Experiment.named("agent-crash").watching(INVENTORY).fault(new AgentCrashFault("healer"), REPAIRABLE)
                .expect(HEALED).deadline(DEADLINE).build();
    }

    /** The leader's Raft node stopped as in a crash for 3 s, then restarted from its data directory. */
    public static Experiment nodeKill() {
        return Experiment.named("node-kill").fault(new NodeKillFault(), CLUSTER_FAULT).expect(CLUSTER_RECOVERED)
                .deadline(CLUSTER_DEADLINE).build();
    }

    /** The leader's Raft traffic dropped both ways for 3 s, then healed. */
    public static Experiment partition() {
        return Experiment.named("partition").fault(new PartitionFault(), CLUSTER_FAULT).expect(CLUSTER_RECOVERED)
                .deadline(CLUSTER_DEADLINE).build();
    }

    /** The Raft experiments, for a {@link ClusterChaosHost}. */
    public static List<Experiment> cluster() {
        return List.of(nodeKill(), partition());
    }

    /** Every in-process experiment, in a fixed order. */
    public static List<Experiment> all(Executor orderPool) {
        return List.of(kill(), errors(), latency(), cpuSpike(), memoryPressure(), limitExhaustion(),
                executorExhaustion(orderPool), agentCrash());
    }
}
