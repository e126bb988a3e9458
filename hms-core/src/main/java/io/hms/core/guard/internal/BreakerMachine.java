package io.hms.core.guard.internal;

import io.hms.api.event.BreakerTransition;
import io.hms.api.event.HmsEvent;
import io.hms.api.policy.BreakerPolicy;
import io.hms.core.time.Scheduler;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state machine behind {@link io.hms.core.guard.CircuitBreaker}: one {@link AtomicReference} to
 * the current {@link BreakerStateBase}, the sliding window of the closed state, and the policy.
 * Transitions are a compare-and-set on the reference and publish a {@link BreakerTransition}.
 *
 * <p>The window and policy are volatile fields of the machine, not of a state, so a policy swap keeps
 * both the state and the window's contents; the window is cleared only when HALF_OPEN closes.
 *
 * <p>A machine made {@code confined} runs the same states and window logic with its window on plain
 * storage: no atomic instruction per call, for a simulation that drives it from one thread on
 * virtual time (the optimizer's trace replay). It must then be called by that one thread only.
 */
public final class BreakerMachine {

    private static final Logger LOG = LoggerFactory.getLogger(BreakerMachine.class);

    private final String name;
    private final Scheduler scheduler;
    private final Consumer<? super HmsEvent> events;
    private final AtomicReference<BreakerStateBase> state = new AtomicReference<>(new ClosedState());
    private volatile BreakerConfig config;
    private volatile SlidingWindow window;

    /**
     * @param name      the component, used in events
     * @param policy    the initial policy
     * @param scheduler the clock of open durations, slow calls and event stamps
     * @param events    where transitions go
     */
    public BreakerMachine(String name, BreakerPolicy policy, Scheduler scheduler, Consumer<? super HmsEvent> events) {
        this(name, policy, scheduler, events, false);
    }

    /**
     * @param name      the component, used in events
     * @param policy    the initial policy
     * @param scheduler the clock of open durations, slow calls and event stamps
     * @param events    where transitions go
     * @param confined  whether one thread makes every call (the window then uses plain cells)
     */
    public BreakerMachine(String name, BreakerPolicy policy, Scheduler scheduler, Consumer<? super HmsEvent> events,
                          boolean confined) {
        this.name = Objects.requireNonNull(name, "name");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.events = Objects.requireNonNull(events, "events");
        this.config = BreakerConfig.of(Objects.requireNonNull(policy, "policy"));
        this.window = SlidingWindow.of(policy, scheduler, confined);
    }

    /** The component's name. */
    public String name() {
        return name;
    }

    /** Whether a call may proceed now. */
    public boolean tryAcquirePermission() {
        return state.get().tryAcquire(this);
    }

    /** Gives back a permission that was granted but not used (the call never ran). */
    public void releasePermission() {
        state.get().release(this);
    }

    /** Records a permitted call that succeeded in {@code nanos}. */
    public void onSuccess(long nanos) {
        state.get().onResult(this, nanos > config.slowCallNanos() ? Outcomes.SUCCESS | Outcomes.SLOW
                : Outcomes.SUCCESS);
    }

    /** Records a permitted call that failed after {@code nanos}. */
    public void onError(long nanos) {
        state.get().onResult(this, nanos > config.slowCallNanos() ? Outcomes.FAILURE | Outcomes.SLOW
                : Outcomes.FAILURE);
    }

    /** The current state object. */
    public BreakerStateBase state() {
        return state.get();
    }

    /** The current policy and its precomputed values. */
    public BreakerConfig config() {
        return config;
    }

    /** The window of the closed state (kept, not recorded into, while OPEN or HALF_OPEN). */
    public SlidingWindow window() {
        return window;
    }

    /**
     * Swaps the policy, keeping the state and the window's contents: a COUNT window of another size
     * keeps its most recent outcomes, a TIME window keeps the seconds that still fit, a new window
     * type starts empty. An OPEN breaker's new open duration counts from when it opened; a new number
     * of probes applies from the next HALF_OPEN.
     */
    public void updatePolicy(BreakerPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        window = window.reshape(policy, scheduler);
        config = BreakerConfig.of(policy);
    }

    /**
     * Ends an OPEN state early: the breaker goes HALF_OPEN and the next calls probe the component.
     *
     * @return whether the breaker was OPEN
     */
    public boolean probeNow(String reason) {
        BreakerStateBase current = state.get();
        return current instanceof OpenState
                && transition(current, new HalfOpenState(config.policy().halfOpenProbes()), reason);
    }

    /**
     * Opens a CLOSED breaker on the cluster's evidence: it refuses calls until {@link #releaseHold}. A breaker
     * already OPEN or HALF_OPEN on its own calls keeps its own course.
     *
     * @return whether the breaker was CLOSED and is now held open
     */
    public boolean holdOpen(String reason) {
        BreakerStateBase current = state.get();
        return current instanceof ClosedState && transition(current, new OpenState(nanoTime(), true), reason);
    }

    /**
     * Ends a hold of {@link #holdOpen}: the breaker goes HALF_OPEN and probes. Does nothing to a breaker that
     * is not held.
     *
     * @return whether the breaker was held open
     */
    public boolean releaseHold(String reason) {
        BreakerStateBase current = state.get();
        return current instanceof OpenState open && open.heldByCluster()
                && transition(current, new HalfOpenState(config.policy().halfOpenProbes(), true), reason);
    }

    /** Whether the state is the cluster's doing: OPEN held, or HALF_OPEN probing after the hold was released. */
    public boolean byCluster() {
        BreakerStateBase current = state.get();
        return current instanceof OpenState open && open.heldByCluster()
                || current instanceof HalfOpenState halfOpen && halfOpen.afterHold();
    }

    long nanoTime() {
        return scheduler.nanoTime();
    }

    boolean transition(BreakerStateBase from, BreakerStateBase to, String reason) {
        if (!state.compareAndSet(from, to)) {
            return false;
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("breaker of '{}' {} -> {}: {}", name, from.state(), to.state(), reason);
        }
        try {
            events.accept(new BreakerTransition(scheduler.now(), name, from.state(), to.state(), reason));
        } catch (RuntimeException e) {
            LOG.warn("the listener of breaker transitions of '{}' failed", name, e);
        }
        return true;
    }
}
