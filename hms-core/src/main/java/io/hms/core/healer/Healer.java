package io.hms.core.healer;

import io.hms.api.HealthStatus;
import io.hms.api.event.AnomalyDetected;
import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.HealthChanged;
import io.hms.api.spi.Coordinator;
import io.hms.core.event.BusSubscription;
import io.hms.core.event.EventBus;
import io.hms.core.monitor.HealthProbe;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.supervisor.Lifeline;
import io.hms.core.supervisor.Supervised;
import io.hms.core.time.HmsThreads;
import io.hms.core.time.HostThreads;
import io.hms.core.time.InFlightWork;
import io.hms.core.time.Scheduler;
import io.hms.core.time.TimeLimiter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Healer agent: turns a component going DOWN (a {@link HealthChanged}) or its breaker opening (a
 * {@link BreakerTransition} to OPEN) into an {@link Incident}, and works the incident until the component
 * is healthy again.
 *
 * <pre>{@code
 * Healer healer = new Healer(registry, events, scheduler, coordinator, probe, HealerOptions.defaults());
 * healer.start();
 * events.subscribe(IncidentClosed.class,
 *         e -> log.info("{} healed by {} in {}", e.component(), e.resolvedBy(), e.mttr()));
 * }</pre>
 *
 * <p>How an incident is worked:
 * <ol>
 *   <li><b>Open.</b> One incident per component at a time; a trigger while one is open is noted by it.
 *       A trigger within the playbook's {@link io.hms.api.policy.Playbook#reopenWithin() re-open window}
 *       after the component's last incident closed re-opens that incident ({@code IncidentReopened}),
 *       whose next pass starts after the step that seemed to resolve it; a flapping component so climbs the
 *       ladder instead of starting over at its cheapest step. Otherwise {@code IncidentOpened} is
 *       published. Nothing holds a trigger back: an OPEN breaker is always acted on.</li>
 *   <li><b>Budget.</b> At most {@link HealerOptions#maxConcurrentRepairs()} passes run at once over all
 *       components; the others wait first come, first served and start when a slot frees.</li>
 *   <li><b>Lock.</b> Each pass takes the coordinator lock {@code hms.heal.<component>} for this node
 *       ({@link Coordinator#nodeId()}) with {@link HealerOptions#lockLease()}, and renews it every third of
 *       the lease while it runs; if another holder has it, the pass gives its slot back and is retried after
 *       {@link HealerOptions#escalationBackoff()} or a third of the lease, whichever is shorter. Before each
 *       step the lease's fencing token is checked; a lease taken over ends the pass the same way. A repair
 *       gets the lease in its {@link io.hms.api.RepairContext}, to fence its own writes.</li>
 *   <li><b>Relay.</b> A pass tells the cluster each rung it starts and that it ended (a
 *       {@link io.hms.api.spi.SwarmReport.RepairProgress}). When a holder dies mid-repair (its lease is no
 *       longer renewed and ends), the next instance to take the lock goes on from the rung after the one the
 *       dead holder reached, instead of from the bottom of the ladder.</li>
 *   <li><b>Pass.</b> The steps are the explicit steps of the component's playbook, or its REPAIR
 *       functions in level order. Each repair runs on a host thread ({@code hms-host-…}) with its
 *       timeout and a {@link io.hms.api.RepairContext}; a repair whose earlier run has not returned is not
 *       started again. A repair that returns true is verified by the health checks (the probe: not DOWN)
 *       and by the callers: when the component's breaker is not CLOSED, the next calls probe the
 *       component and the breaker's verdict is awaited for the playbook's
 *       {@link io.hms.api.policy.Playbook#callerVerification() caller verification} time. Health not DOWN
 *       and the breaker CLOSED (or no call in that time) is {@code VERIFIED}, and the incident closes
 *       resolved by that function; still DOWN, or the breaker opening again, is {@code UNVERIFIED}. A repair that returns
 *       false is {@code FAILED}, one that throws is {@code THREW}, one that does not return in time is
 *       abandoned (interrupted) as {@code TIMED_OUT}; in all those cases the next step runs. Every step
 *       publishes {@code RepairAttempted}.</li>
 *   <li><b>Escalate.</b> When every step failed, {@code IncidentEscalated} is published and a new pass
 *       starts after a backoff that begins at {@link HealerOptions#escalationBackoff()} and doubles after
 *       each failed pass up to {@link HealerOptions#maxEscalationBackoff()}; the incident stays open.</li>
 *   <li><b>Self-recovery.</b> Once neither signal says the component fails (its health is out of DOWN
 *       and its breaker is CLOSED), the incident closes resolved by {@value Incident#SELF} if no pass runs;
 *       during a pass this is remembered, and closes the incident the same way if the pass ends without a
 *       verified step.</li>
 * </ol>
 * Closing publishes {@code IncidentClosed} with the time to recover, {@code closedAt - openedAt} on the
 * scheduler's clock, counted from the first opening for a re-opened incident: callers were not served
 * meanwhile.
 *
 * <p>Guarantees: host code never runs on the scheduler thread, an event-bus thread or a virtual thread; a repair that
 * throws, hangs or returns false never stops the healer; incident ids ({@code inc-<n>}) are unique per
 * healer; the history keeps the last {@value #HISTORY_LIMIT} incidents (open ones are always kept).
 * Thread-safe. {@link #close()} stops the timers, interrupts running repairs and passes, and the passes
 * release their locks.
 */
public final class Healer implements AutoCloseable {

    /** How many incidents the history keeps; the oldest closed one makes room for a new one. */
    public static final int HISTORY_LIMIT = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(Healer.class);

    private final FunctionRegistry registry;
    private final EventBus events;
    private final Coordinator coordinator;
    private final HealerOptions options;
    private final TimeLimiter repairs;
    private final StepRunner steps;
    private final ExecutorService passes;
    private final InFlightWork work;
    private final Triage triage;
    private final CallerVerdicts verdicts = new CallerVerdicts();
    private final RepairRelay relay;
    private final Scheduler scheduler;
    private final List<BusSubscription> subscriptions = new ArrayList<>();
    private boolean started;
    private boolean closed;

    /**
     * A healer that is not yet running; call {@link #start()}.
     *
     * @param registry    the components' repairs and playbooks
     * @param events      where triggers come from and incident events go
     * @param scheduler   the clock, repair timeouts and backoff timers
     * @param coordinator the per-component locks
     * @param probe       verifies a repair by the health checks
     * @param options     budget, backoff and lease
     */
    public Healer(FunctionRegistry registry, EventBus events, Scheduler scheduler, Coordinator coordinator,
                  HealthProbe probe, HealerOptions options) {
        this(registry, events, scheduler, coordinator, probe, CallerView.NONE,
                new TimeLimiter(Objects.requireNonNull(scheduler, "scheduler"), "repair"), new HmsThreads(), options);
    }

    /**
     * A healer that also judges repairs by what callers see; not yet running.
     *
     * @param registry    the components' repairs and playbooks
     * @param events      where triggers come from and incident events go
     * @param scheduler   the clock, repair timeouts and backoff timers
     * @param coordinator the per-component locks
     * @param probe       verifies a repair by the health checks
     * @param callers     the components' breakers, to verify a repair by the calls
     * @param hostThreads where repairs run; not closed by the healer
     * @param options     budget, backoff and lease
     */
    public Healer(FunctionRegistry registry, EventBus events, Scheduler scheduler, Coordinator coordinator,
                  HealthProbe probe, CallerView callers, HostThreads hostThreads, HealerOptions options) {
        this(registry, events, scheduler, coordinator, probe, callers,
                new TimeLimiter(Objects.requireNonNull(scheduler, "scheduler"),
                        Objects.requireNonNull(hostThreads, "hostThreads")), hostThreads.owner(), options);
    }

    private Healer(FunctionRegistry registry, EventBus events, Scheduler scheduler, Coordinator coordinator,
                   HealthProbe probe, CallerView callers, TimeLimiter repairs, HmsThreads threads,
                   HealerOptions options) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.events = Objects.requireNonNull(events, "events");
        this.coordinator = Objects.requireNonNull(coordinator, "coordinator");
        this.relay = new RepairRelay(coordinator);
        this.scheduler = scheduler;
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(callers, "callers");
        this.options = Objects.requireNonNull(options, "options");
        this.repairs = repairs;
        this.passes = Executors.newThreadPerTaskExecutor(threads.virtual("healer"));
        this.work = threads.work();
        this.steps = new StepRunner(scheduler, repairs, probe, registry, callers, verdicts, work);
        this.triage = new Triage(registry, events, scheduler, callers, options, HISTORY_LIMIT, this::launch);
    }

    /**
     * Subscribes to {@link HealthChanged} and {@link BreakerTransition}. Calling it again does nothing.
     *
     * @throws IllegalStateException if the healer is closed
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("the healer is closed; create a new Healer");
        }
        if (started) {
            return;
        }
        started = true;
        relay.start();
        subscriptions.add(events.subscribe(HealthChanged.class, this::onHealthChanged));
        subscriptions.add(events.subscribe(BreakerTransition.class, this::onBreakerTransition));
    }

    /** The incident history, open and closed, oldest first (at most {@value #HISTORY_LIMIT}). */
    public List<Incident> incidents() {
        return triage.incidents();
    }

    /** The component's open incident, if any. */
    public Optional<Incident> openIncident(String component) {
        return triage.openIncident(component);
    }

    /**
     * The healer as the runtime's supervisor sees it, named {@code "healer"}: the threads of its
     * {@link HealthChanged} and {@link BreakerTransition} subscriptions. A restart delivers what was published
     * meanwhile and keeps every incident, open or closed, and the passes running.
     */
    public Supervised supervision() {
        return Supervised.of("healer", () -> {
            synchronized (this) {
                return closed ? List.of() : subscriptions.stream().map(Lifeline::of).toList();
            }
        });
    }

    /**
     * Stops listening and every timer, interrupts the running repairs and passes, and waits briefly for
     * the passes to release their locks. Open incidents stay open in the history. Idempotent.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            subscriptions.forEach(BusSubscription::close);
        }
        triage.close();
        relay.close();
        verdicts.clear();
        passes.shutdownNow();
        repairs.close();
        try {
            if (!passes.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("some repair passes did not stop within 5 s; their lock leases will expire on their own");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called by the triage, under its lock: starts a pass on its own virtual thread. */
    private void launch(IncidentRun run) {
        RepairPass pass = new RepairPass(run, triage, registry, coordinator, steps, options.lockLease(), relay,
                scheduler);
        work.begin();
        try {
            passes.execute(() -> {
                try {
                    pass.run();
                } finally {
                    work.end();
                }
            });
        } catch (RejectedExecutionException e) {
            work.end();
            LOG.debug("the healer is closing; pass not started");
        }
    }

    /**
     * An early warning: the monitor raised {@code anomaly} before any health check failed. Unless an incident
     * is open for the component (or its last one closed within the playbook's re-open window), an incident
     * opens and its repair ladder is worked from the first step, as {@link
     * io.hms.core.monitor.anomaly.AnomalyResponse#REPAIR_EARLY} describes.
     */
    public void repairEarly(AnomalyDetected anomaly) {
        String seen = anomaly.signals().isEmpty() ? "" : ": " + describe(anomaly.signals().getFirst());
        triage.early(anomaly.component(), String.format(Locale.ROOT, "anomaly (grade %.2f for %d ticks)%s",
                anomaly.grade(), anomaly.ticks(), seen));
    }

    private static String describe(AnomalyDetected.Signal s) {
        return Double.isNaN(s.expected()) ? String.format(Locale.ROOT, "%s %.3g", s.name(), s.seen())
                : String.format(Locale.ROOT, "%s %.3g, expected %.3g", s.name(), s.seen(), s.expected());
    }

    private void onHealthChanged(HealthChanged change) {
        if (change.current().status() == HealthStatus.DOWN) {
            String reason = change.current().reason();
            triage.trigger(change.component(), IncidentRun.Signal.HEALTH,
                    "health DOWN" + (reason.isEmpty() ? "" : ": " + reason), reason);
        } else if (change.previous().status() == HealthStatus.DOWN) {
            triage.recovered(change.component(), IncidentRun.Signal.HEALTH);
        }
    }

    private void onBreakerTransition(BreakerTransition transition) {
        verdicts.transition(transition.component(), transition.to());
        if (transition.to() == BreakerState.OPEN) {
            triage.trigger(transition.component(), IncidentRun.Signal.BREAKER, "breaker OPEN: " + transition.reason(),
                    transition.reason());
        } else if (transition.to() == BreakerState.CLOSED) {
            triage.recovered(transition.component(), IncidentRun.Signal.BREAKER);
        }
    }
}
