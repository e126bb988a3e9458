package io.hms.core.chaos;

import io.hms.api.event.ChaosInjected;
import io.hms.api.event.ChaosReverted;
import io.hms.api.event.HmsEvent;
import io.hms.api.spi.ClusterFaults;
import io.hms.api.spi.Coordinator;
import io.hms.core.chaos.fault.AgentCrashFault;
import io.hms.core.chaos.fault.Fault;
import io.hms.core.chaos.fault.KillFault;
import io.hms.core.chaos.fault.NodeKillFault;
import io.hms.core.chaos.fault.PartitionFault;
import io.hms.core.chaos.internal.Injection;
import io.hms.core.chaos.internal.KillSwitch;
import io.hms.core.guard.Guards;
import io.hms.core.guard.internal.GuardFaults;
import io.hms.core.monitor.HealthInterceptor;
import io.hms.core.supervisor.Supervisor;
import io.hms.core.time.HmsThreads;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chaos agent: injects {@link Fault}s at runtime and takes them back, by hand, at their deadline,
 * after a repair of their component (for faults that end on repair), or when the runtime closes.
 *
 * <pre>{@code
 * Hms hms = Hms.builder().component("inventory").chaos(ChaosOptions.enabled()).build().start();
 * ActiveFault slow = hms.chaos().inject(new LatencyFault("inventory", Duration.ofMillis(300), 1.0),
 *         Duration.ofSeconds(5));
 * ActiveFault dead = hms.chaos().injectUntilRepaired(new KillFault("inventory"), Duration.ofSeconds(10));
 * ActiveFault crash = hms.chaos().inject(new NodeKillFault(), Duration.ofSeconds(5)); // a cluster coordinator's node
 * ActiveFault healer = hms.chaos().inject(new AgentCrashFault("healer"), Duration.ofSeconds(5)); // until restarted
 * }</pre>
 *
 * <p>Guarantees:
 * <ul>
 *   <li>disabled unless {@link ChaosOptions#enabled()} was given (see {@link ChaosOptions#allowed()}): every injection then throws
 *       {@link ChaosDisabledException}, and the agent does not even take the guards' fault hook
 *       ({@link Guards#faults()});</li>
 *   <li>every fault has a deadline of at most {@link ChaosOptions#maxDuration()} (≤ 30 s), after which
 *       it reverts by itself on the scheduler;</li>
 *   <li>every injection and revert publishes {@link ChaosInjected} / {@link ChaosReverted} and logs a line;</li>
 *   <li>at most one guard fault (latency or error), one kill and one limit exhaustion per component at a time,
 *       one cluster fault (node kill or partition) on this instance's node, and one crash per agent;</li>
 *   <li>an agent crash ends when the runtime's supervisor restarts the agent; the chaos agent never restarts
 *       it itself;</li>
 *   <li>cluster faults need a coordinator that offers them ({@link ClusterFaults}); otherwise they are
 *       refused with an {@link IllegalStateException} naming the coordinator and the fix;</li>
 *   <li>{@link #close()} reverts every active fault.</li>
 * </ul>
 * Thread-safe.
 */
public final class Chaos implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Chaos.class);

    private final ChaosOptions options;
    private final Scheduler scheduler;
    private final Guards guards;
    private final GuardFaults faults;
    private final Consumer<? super HmsEvent> events;
    private final ClusterFaultsRef cluster;
    private final Supervisor supervisor;
    private final HmsThreads threads;
    private final KillSwitch killSwitch = new KillSwitch();
    private final Map<String, ActiveFault> active = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean closed;

    /**
     * A chaos agent without a coordinator: cluster faults ({@link NodeKillFault}, {@link PartitionFault})
     * are refused.
     *
     * @param options   whether chaos is enabled, and its bounds
     * @param scheduler the clock and the deadline timers
     * @param guards    the guards that guard faults act on
     * @param events    where {@link ChaosInjected} and {@link ChaosReverted} go
     */
    public Chaos(ChaosOptions options, Scheduler scheduler, Guards guards, Consumer<? super HmsEvent> events) {
        this(options, scheduler, guards, events, null);
    }

    /**
     * @param options     whether chaos is enabled, and its bounds
     * @param scheduler   the clock and the deadline timers
     * @param guards      the guards that guard faults act on
     * @param events      where {@link ChaosInjected} and {@link ChaosReverted} go
     * @param coordinator the runtime's coordinator; cluster faults act on it when it supports
     *                    {@link ClusterFaults}, and are refused otherwise (null: no coordinator)
     */
    public Chaos(ChaosOptions options, Scheduler scheduler, Guards guards, Consumer<? super HmsEvent> events,
                 Coordinator coordinator) {
        this(options, scheduler, guards, events, coordinator, null, new HmsThreads());
    }

    /**
     * @param options     whether chaos is enabled, and its bounds
     * @param scheduler   the clock and the deadline timers
     * @param guards      the guards that guard faults act on
     * @param events      where {@link ChaosInjected} and {@link ChaosReverted} go
     * @param coordinator the runtime's coordinator, for cluster faults (null: no coordinator)
     * @param supervisor  the runtime's supervisor, through which an {@link AgentCrashFault} crashes an agent and
     *                    whose restart of it ends the fault (null: agent crashes are refused)
     * @param threads     the runtime's threads, which the agent's (reverts, CPU spikes) join
     */
    public Chaos(ChaosOptions options, Scheduler scheduler, Guards guards, Consumer<? super HmsEvent> events,
                 Coordinator coordinator, Supervisor supervisor, HmsThreads threads) {
        this.threads = Objects.requireNonNull(threads, "threads");
        this.options = Objects.requireNonNull(options, "options");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.guards = Objects.requireNonNull(guards, "guards");
        // the hook into guarded calls exists only for an agent that may use it
        this.faults = options.allowed() ? guards.faults() : null;
        this.events = Objects.requireNonNull(events, "events");
        this.cluster = ClusterFaultsRef.of(coordinator);
        this.supervisor = supervisor;
        killSwitch.onRepair(this::repaired);
        if (supervisor != null) {
            supervisor.onRestart(restarted -> agentRestarted(restarted.agent()));
        }
    }

    /** Whether faults may be injected. */
    public boolean enabled() {
        return options.allowed();
    }

    /** The options it was built with. */
    public ChaosOptions options() {
        return options;
    }

    /**
     * The hook the monitor and the healer consult: how a {@link KillFault} fails health checks and how a
     * repair reaches the faults that end on repair. The runtime wires it; hosts need not.
     */
    public HealthInterceptor healthInterceptor() {
        return killSwitch;
    }

    /**
     * Injects {@code fault} until {@code duration} has passed or it is reverted. A {@link KillFault}
     * always ends on repair too.
     *
     * @throws ChaosDisabledException   if chaos is disabled
     * @throws IllegalArgumentException if the duration exceeds {@link ChaosOptions#maxDuration()}, the
     *                                  component has no guard, or the fault is out of bounds
     * @throws IllegalStateException    if a conflicting fault is active on the same component, the
     *                                  coordinator cannot take a cluster fault, or closed
     */
    public ActiveFault inject(Fault fault, Duration duration) {
        return inject(fault, duration, fault instanceof KillFault);
    }

    /**
     * Injects {@code fault} until a repair of its component runs, {@code duration} has passed, or it is
     * reverted: models an outage that the host's repairs can cure.
     *
     * @throws IllegalArgumentException if the fault affects the whole JVM rather than one component
     * @see #inject(Fault, Duration)
     */
    public ActiveFault injectUntilRepaired(Fault fault, Duration duration) {
        if (ChaosInjected.PROCESS.equals(fault.target())) {
            throw new IllegalArgumentException("a " + fault.kind().tag() + " fault affects the whole JVM, "
                    + "which no component repair can cure; use inject(fault, duration)");
        }
        if (Injections.family(fault) == Injections.Family.CLUSTER) {
            throw new IllegalArgumentException("a " + fault.kind().tag() + " fault affects this instance's node of "
                    + "the cluster, which no component repair can cure; use inject(fault, duration)");
        }
        if (Injections.family(fault) == Injections.Family.AGENT) {
            throw new IllegalArgumentException("an " + fault.kind().tag() + " fault ends when the supervisor "
                    + "restarts the agent, not on a component's repair; use inject(fault, duration)");
        }
        return inject(fault, duration, true);
    }

    private ActiveFault inject(Fault fault, Duration duration, boolean endsOnRepair) {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(duration, "duration");
        if (!options.allowed()) {
            throw new ChaosDisabledException("inject " + fault.kind().tag() + " on " + fault.target());
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(options.maxDuration()) > 0) {
            throw new IllegalArgumentException("duration must be in (0, " + options.maxDuration()
                    + "] (ChaosOptions.maxDuration), got " + duration);
        }
        String id = "chaos-" + ids.incrementAndGet();
        Injection injection = Injections.of(fault, id, options, scheduler, guards, faults, killSwitch, cluster,
                supervisor, threads);
        synchronized (active) {
            if (closed) {
                throw new IllegalStateException("chaos is closed; no fault can be injected");
            }
            conflict(fault).ifPresent(other -> {
                throw new IllegalStateException(fault.kind().tag() + " on '" + fault.target()
                        + "' conflicts with active fault " + other + "; revert it first");
            });
            injection.apply();
            Instant now = scheduler.now();
            ActiveFault handle = new ActiveFault(id, fault, now, now.plus(duration), endsOnRepair, injection, this);
            active.put(id, handle);
            handle.timer(scheduler.schedule(duration, () -> revertAtDeadline(handle)));
            LOG.warn("chaos {} injected: {} on {} ({}) until {}", id, fault.kind().tag(), fault.target(),
                    fault.describe(), handle.deadline());
            events.accept(new ChaosInjected(now, id, fault.kind().tag(), fault.target(), fault.describe(),
                    handle.deadline()));
            return handle;
        }
    }

    /**
     * On the scheduler thread at a fault's deadline. Restarting a killed node or healing a partition waits
     * on the coordinator (a restart may read its log back), so those reverts move to a virtual
     * thread of their own: the scheduler's other timers (health checks, call timeouts) keep their time.
     */
    private void revertAtDeadline(ActiveFault handle) {
        if (handle.fault() instanceof NodeKillFault || handle.fault() instanceof PartitionFault) {
            threads.startVirtual("chaos-revert", () -> revert(handle, "deadline"));
        } else {
            revert(handle, "deadline");
        }
    }

    private java.util.Optional<ActiveFault> conflict(Fault fault) {
        return active.values().stream()
                .filter(a -> a.fault().target().equals(fault.target()))
                .filter(a -> Injections.family(a.fault()) == Injections.family(fault))
                .filter(a -> !ChaosInjected.PROCESS.equals(fault.target()))
                .findFirst();
    }

    /** The faults in effect now, oldest first. */
    public List<ActiveFault> active() {
        return active.values().stream().sorted(Comparator.comparing(ActiveFault::injectedAt)
                .thenComparing(a -> Long.parseLong(a.id().substring("chaos-".length())))).toList();
    }

    /**
     * Reverts every active fault.
     *
     * @return how many were reverted
     */
    public int revertAll(String reason) {
        int n = 0;
        for (ActiveFault fault : active()) {
            if (revert(fault, reason)) {
                n++;
            }
        }
        return n;
    }

    boolean revert(ActiveFault fault, String reason) {
        if (!fault.claimRevert()) {
            return false;
        }
        String outcome = reason;
        try {
            fault.injection().revert();
        } catch (RuntimeException e) {
            LOG.error("chaos {}: reverting {} failed", fault.id(), fault, e);
            outcome = reason + "; the revert failed: " + e.getMessage(); // reports say so, not that all is back
        }
        active.remove(fault.id());
        Fault f = fault.fault();
        ChaosReverted event = new ChaosReverted(scheduler.now(), fault.id(), f.kind().tag(), f.target(), outcome);
        LOG.warn("chaos {} reverted: {} on {} ({})", fault.id(), f.kind().tag(), f.target(), outcome);
        events.accept(event);
        fault.completed(event);
        return true;
    }

    private void repaired(String component, String function, int level) {
        for (ActiveFault fault : active.values()) {
            if (fault.endsOnRepair() && fault.fault().target().equals(component)) {
                revert(fault, "repaired by " + function + " (level " + level + ")");
            }
        }
    }

    /**
     * The supervisor restarted {@code agent}: its crash is over. Looked up under the lock the injection holds,
     * so a restart that comes while the crash is still being injected finds it.
     */
    private void agentRestarted(String agent) {
        List<ActiveFault> ended;
        synchronized (active) {
            ended = active.values().stream()
                    .filter(a -> a.fault() instanceof AgentCrashFault crash && crash.agent().equals(agent)).toList();
        }
        ended.forEach(fault -> revert(fault, "agent " + agent + " restarted by the supervisor"));
    }

    /** Reverts every active fault (reason {@code "closed"}); later injections are refused. Idempotent. */
    @Override
    public void close() {
        synchronized (active) {
            closed = true;
        }
        revertAll("closed");
    }
}
