package io.hms.benchmarks.soak;

import io.hms.core.chaos.ActiveFault;
import io.hms.core.chaos.Chaos;
import io.hms.core.chaos.fault.CpuSpikeFault;
import io.hms.core.chaos.fault.ErrorFault;
import io.hms.core.chaos.fault.ExecutorExhaustionFault;
import io.hms.core.chaos.fault.Fault;
import io.hms.core.chaos.fault.FaultKind;
import io.hms.core.chaos.fault.KillFault;
import io.hms.core.chaos.fault.LatencyFault;
import io.hms.core.chaos.fault.LimitExhaustionFault;
import io.hms.core.chaos.fault.MemoryPressureFault;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Injects faults of every in-process kind through the runtime's chaos API, one every 50 to 250 ms, on a
 * random component, for a random time of up to 10 s; each then goes at its deadline, or at a repair for
 * the kills. Component faults: latency (20 to 300 ms on 10 to 100 % of the calls, so some pass the 100 ms
 * timeout), failures (10 to 100 % of the calls), kills (until repaired), an exhausted concurrency limit,
 * and an exhausted host executor (on the components that check their health through it). Process faults,
 * rarer: one busy thread for up to 2 s, and 8 to 32 MiB held for up to 3 s.
 *
 * <p>An injection that conflicts with a fault already active on its component, or that the chaos agent
 * refuses for another reason, is counted and skipped. While {@link #quiesceProcessFaults()} is in effect
 * no process fault is injected and those active are reverted, so that a sample of the heap and of the
 * threads does not count what a fault holds.
 */
final class FaultDriver implements AutoCloseable {

    private static final FaultKind[] COMPONENT_KINDS = {FaultKind.LATENCY, FaultKind.ERROR, FaultKind.KILL,
        FaultKind.LIMIT_EXHAUSTION, FaultKind.EXECUTOR_EXHAUSTION};

    private final SoakHost host;
    private final Chaos chaos;
    private final SplittableRandom random;
    private final Map<FaultKind, LongAdder> injected = new EnumMap<>(FaultKind.class);
    private final LongAdder refused = new LongAdder();
    private final Set<ActiveFault> processFaults = ConcurrentHashMap.newKeySet();
    private final Object processLock = new Object();
    private boolean quiet;
    private volatile boolean stopped;
    private Thread thread;

    FaultDriver(SoakHost host, long seed) {
        this.host = host;
        this.chaos = host.hms().chaos();
        this.random = new SplittableRandom(seed);
        for (FaultKind kind : FaultKind.values()) {
            injected.put(kind, new LongAdder());
        }
    }

    void start() {
        thread = Thread.ofPlatform().name("soak-fault-driver").daemon(true).start(this::loop);
    }

    private void loop() {
        while (!stopped) {
            try {
                Thread.sleep(50 + random.nextInt(200));
            } catch (InterruptedException e) {
                return;
            }
            if (random.nextInt(10) == 0) {
                injectProcessFault();
            } else {
                injectComponentFault();
            }
        }
    }

    private void injectComponentFault() {
        int index = random.nextInt(host.components().size());
        String component = host.components().get(index);
        FaultKind kind = COMPONENT_KINDS[random.nextInt(COMPONENT_KINDS.length)];
        if (kind == FaultKind.EXECUTOR_EXHAUSTION && !host.checksThroughExecutor(index)) {
            kind = FaultKind.LIMIT_EXHAUSTION;
        }
        Duration duration = Duration.ofMillis(500 + random.nextInt(kind == FaultKind.KILL ? 9_500 : 4_500));
        Fault fault = switch (kind) {
            case LATENCY -> new LatencyFault(component, Duration.ofMillis(20 + random.nextInt(281)),
                    0.1 + 0.9 * random.nextDouble());
            case ERROR -> new ErrorFault(component, 0.1 + 0.9 * random.nextDouble());
            case KILL -> new KillFault(component);
            case LIMIT_EXHAUSTION -> new LimitExhaustionFault(component);
            default -> new ExecutorExhaustionFault(component, host.executor(), SoakHost.EXECUTOR_THREADS);
        };
        try {
            if (kind == FaultKind.KILL) {
                chaos.injectUntilRepaired(fault, duration);
            } else {
                chaos.inject(fault, duration);
            }
            injected.get(kind).increment();
        } catch (IllegalStateException | IllegalArgumentException e) {
            refused.increment();
        }
    }

    private void injectProcessFault() {
        boolean memory = random.nextBoolean();
        Fault fault = memory ? new MemoryPressureFault((8L + random.nextInt(25)) << 20) : new CpuSpikeFault(1);
        Duration duration = Duration.ofMillis(500 + random.nextInt(memory ? 2_500 : 1_500));
        synchronized (processLock) {
            if (quiet) {
                return;
            }
            try {
                ActiveFault active = chaos.inject(fault, duration);
                processFaults.add(active);
                active.reverted().whenComplete((event, error) -> processFaults.remove(active));
                injected.get(fault.kind()).increment();
            } catch (IllegalStateException | IllegalArgumentException e) {
                refused.increment();
            }
        }
    }

    /**
     * Reverts the active process faults and injects none until {@link #resumeProcessFaults()}; component
     * faults go on.
     */
    void quiesceProcessFaults() {
        List<ActiveFault> active;
        synchronized (processLock) {
            quiet = true;
            active = List.copyOf(processFaults);
        }
        active.forEach(ActiveFault::revert);
    }

    /** Lets process faults be injected again. */
    void resumeProcessFaults() {
        synchronized (processLock) {
            quiet = false;
        }
    }

    /** Faults injected so far, by kind. */
    Map<FaultKind, Long> injected() {
        Map<FaultKind, Long> counts = new EnumMap<>(FaultKind.class);
        injected.forEach((kind, count) -> {
            if (count.sum() > 0) {
                counts.put(kind, count.sum());
            }
        });
        return counts;
    }

    /** Injections the chaos agent refused (mostly: a fault of the same family already on the component). */
    long refused() {
        return refused.sum();
    }

    /** Stops injecting; the faults still active go at their deadlines or when the runtime closes. */
    @Override
    public void close() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the driver is already told to stop
            }
        }
    }
}
