package io.hms.core.healer;

import io.hms.api.HealthStatus;
import io.hms.api.Subscription;
import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.HealthChanged;
import io.hms.api.spi.Coordinator;
import io.hms.core.event.EventBus;
import io.hms.core.internal.HmsThreads;
import io.hms.core.monitor.HealthProbe;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.time.Scheduler;
import io.hms.core.time.TimeLimiter;
import java.util.ArrayList;
import java.util.List;
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
 *   <li><b>Open.</b> One incident per component at a time; a trigger while one is open is ignored.
 *       After an incident closes, a trigger for the same component within
 *       {@link HealerOptions#cooldown()} is held back to the end of the cooldown and then acted on only
 *       if a {@link HealthProbe} still finds the component DOWN; a flapping component so opens at most
 *       one incident per cooldown. {@code IncidentOpened} is published.</li>
 *   <li><b>Budget.</b> At most {@link HealerOptions#maxConcurrentRepairs()} passes run at once over all
 *       components; the others wait first come, first served and start when a slot frees.</li>
 *   <li><b>Lock.</b> Each pass takes the coordinator lock {@code hms.heal.<component>} for this node
 *       ({@link Coordinator#nodeId()}) with {@link HealerOptions#lockLease()}; if another holder has it,
 *       the pass gives its slot back and is retried after {@link HealerOptions#escalationBackoff()}.
 *       Before each step the lease's fencing token is checked; a lease taken over ends the pass the
 *       same way.</li>
 *   <li><b>Pass.</b> The steps are the explicit steps of the component's playbook, or its REPAIR
 *       functions in level order. Each repair runs on a virtual thread ({@code hms-repair-…}) with its
 *       timeout and a {@link io.hms.api.RepairContext}. A repair that returns true is verified with the
 *       probe: not DOWN (UP, or DEGRADED, which is reported but not repaired) is {@code VERIFIED}, and the
 *       incident closes resolved by that function; still DOWN is {@code UNVERIFIED}. A repair that returns
 *       false is {@code FAILED}, one that throws is {@code THREW}, one that does not return in time is
 *       abandoned (interrupted) as {@code TIMED_OUT}; in all those cases the next step runs. Every step
 *       publishes {@code RepairAttempted}.</li>
 *   <li><b>Escalate.</b> When every step failed, {@code IncidentEscalated} is published and a new pass
 *       starts after a backoff that begins at {@link HealerOptions#escalationBackoff()} and doubles after
 *       each failed pass up to {@link HealerOptions#maxEscalationBackoff()}; the incident stays open.</li>
 *   <li><b>Self-recovery.</b> A {@link HealthChanged} out of DOWN (to UP or DEGRADED) while no pass runs
 *       closes the incident resolved by {@value Incident#SELF}; one that arrives during a pass is
 *       remembered, and closes the incident the same way if the pass ends without a verified step.</li>
 * </ol>
 * Closing publishes {@code IncidentClosed} with the time to recover, {@code closedAt - openedAt} on the
 * scheduler's clock.
 *
 * <p>Guarantees: host code never runs on the scheduler thread or an event-bus thread; a repair that
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
    private final Triage triage;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean started;
    private boolean closed;

    /**
     * A healer that is not yet running; call {@link #start()}.
     *
     * @param registry    the components' repairs and playbooks
     * @param events      where triggers come from and incident events go
     * @param scheduler   the clock, repair timeouts and backoff timers
     * @param coordinator the per-component locks
     * @param probe       verifies a repair, and decides a trigger held back by the cooldown
     * @param options     budget, cooldown, backoff and lease
     */
    public Healer(FunctionRegistry registry, EventBus events, Scheduler scheduler, Coordinator coordinator,
                  HealthProbe probe, HealerOptions options) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.events = Objects.requireNonNull(events, "events");
        Objects.requireNonNull(scheduler, "scheduler");
        this.coordinator = Objects.requireNonNull(coordinator, "coordinator");
        Objects.requireNonNull(probe, "probe");
        this.options = Objects.requireNonNull(options, "options");
        this.repairs = new TimeLimiter(scheduler, "repair");
        this.passes = Executors.newThreadPerTaskExecutor(HmsThreads.virtual("healer"));
        this.steps = new StepRunner(scheduler, repairs, probe);
        this.triage = new Triage(registry, events, scheduler, probe, options, HISTORY_LIMIT, this::launch);
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
            subscriptions.forEach(Subscription::close);
        }
        triage.close();
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
        try {
            passes.execute(new RepairPass(run, triage, registry, coordinator, steps, options.lockLease()));
        } catch (RejectedExecutionException e) {
            LOG.debug("the healer is closing; pass not started");
        }
    }

    private void onHealthChanged(HealthChanged change) {
        if (change.current().status() == HealthStatus.DOWN) {
            String reason = change.current().reason();
            triage.trigger(change.component(), "health DOWN" + (reason.isEmpty() ? "" : ": " + reason), reason);
        } else if (change.previous().status() == HealthStatus.DOWN) {
            triage.recovered(change.component());
        }
    }

    private void onBreakerTransition(BreakerTransition transition) {
        if (transition.to() == BreakerState.OPEN) {
            triage.trigger(transition.component(), "breaker OPEN: " + transition.reason(), transition.reason());
        }
    }
}
