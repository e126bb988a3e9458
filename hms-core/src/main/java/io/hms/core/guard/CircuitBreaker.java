package io.hms.core.guard;

import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.HmsEvent;
import io.hms.api.policy.BreakerPolicy;
import io.hms.core.guard.internal.BreakerMachine;
import io.hms.core.guard.internal.CoarseClock;
import io.hms.core.guard.internal.OpenState;
import io.hms.core.guard.internal.SlidingWindow;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A circuit breaker: it watches the outcomes of calls to a dependency and, when too many fail or are
 * slow, refuses calls for a while so the dependency can recover, then lets a few probes through to
 * decide whether to close again. Part of every {@link Guard}; usable on its own too.
 *
 * <pre>{@code
 * CircuitBreaker breaker = CircuitBreaker.of("inventory", BreakerPolicy.defaults(), scheduler, bus::publish);
 * Stock stock = breaker.call(() -> client.stock(sku));   // CallNotPermittedException while OPEN
 *
 * // or by hand, around code that is not a Supplier:
 * if (breaker.tryAcquirePermission()) {
 *     long start = System.nanoTime();
 *     try { work(); breaker.onSuccess(System.nanoTime() - start); }
 *     catch (RuntimeException e) { breaker.onError(System.nanoTime() - start); throw e; }
 * }
 * }</pre>
 *
 * <p>States: CLOSED records outcomes into a sliding window ({@link BreakerPolicy}: the last N calls or
 * the last N seconds). Once the window holds {@code minimumCalls} (for a COUNT window at most its size),
 * a failure or slow call that brings the failure rate or slow-call rate to its threshold opens the
 * breaker. OPEN refuses calls; the first call after {@code openDuration} moves it to HALF_OPEN, which
 * lets {@code halfOpenProbes} calls through and closes (with an empty window) if their rates are under
 * the thresholds, or opens again. Every transition publishes a {@link BreakerTransition}.
 *
 * <p>{@link #updatePolicy} swaps the policy live, keeping the state and the window's contents. The
 * breaker of a {@link Guard} belongs to the guard: its policy follows the guard's, which only the
 * configurator changes, so {@code updatePolicy} refuses on it.
 *
 * <p>Thread-safety: lock-free. A permitted, successful call in CLOSED allocates nothing: the state is
 * one atomic reference, the window a ring of atomics whose running totals make reads O(1), and
 * {@link #call} times calls with a coarse clock (see there) rather than two clock calls.
 */
public final class CircuitBreaker {

    private final BreakerMachine machine;
    private final Scheduler scheduler;
    private final boolean ownedByGuard;
    private final CallNotPermittedException notPermitted;
    private final AtomicReference<CoarseClock> clock = new AtomicReference<>();

    private CircuitBreaker(BreakerMachine machine, Scheduler scheduler, boolean ownedByGuard) {
        this.machine = machine;
        this.scheduler = scheduler;
        this.ownedByGuard = ownedByGuard;
        this.notPermitted = new CallNotPermittedException(machine.name());
    }

    /**
     * A CLOSED breaker.
     *
     * @param name      the component it guards, used in events and messages
     * @param policy    when it opens and how it probes
     * @param scheduler the clock of durations and event stamps
     * @param events    where {@link BreakerTransition}s go (called on the thread that causes them)
     */
    public static CircuitBreaker of(String name, BreakerPolicy policy, Scheduler scheduler,
                                    Consumer<? super HmsEvent> events) {
        return new CircuitBreaker(new BreakerMachine(name, policy, scheduler, events), scheduler, false);
    }

    /** The CLOSED breaker of {@code name}'s guard, whose policy only the guard changes. */
    static CircuitBreaker ofGuard(String name, BreakerPolicy policy, Scheduler scheduler,
                                  Consumer<? super HmsEvent> events) {
        return new CircuitBreaker(new BreakerMachine(name, policy, scheduler, events), scheduler, true);
    }

    /** The component it guards. */
    public String name() {
        return machine.name();
    }

    /**
     * Whether a call may proceed now. In HALF_OPEN this takes one of the probes: report the call's
     * outcome with {@link #onSuccess}/{@link #onError}, or give the permission back with
     * {@link #releasePermission()} if the call does not run.
     */
    public boolean tryAcquirePermission() {
        return machine.tryAcquirePermission();
    }

    /** Gives back a permission from {@link #tryAcquirePermission()} for a call that did not run. */
    public void releasePermission() {
        machine.releasePermission();
    }

    /** Records that a permitted call succeeded after {@code nanos}. */
    public void onSuccess(long nanos) {
        machine.onSuccess(nanos);
    }

    /** Records that a permitted call failed after {@code nanos}. */
    public void onError(long nanos) {
        machine.onError(nanos);
    }

    /**
     * Runs {@code call} if permitted and records its outcome and latency.
     *
     * <p>The latency is read from a coarse clock (started on the first call, refreshed on the
     * scheduler every 1 % of the slow-call duration, between 1 and 50 ms), since the breaker only
     * compares it with the slow-call duration; that saves two clock calls per call. Use
     * {@link #onSuccess}/{@link #onError} with your own measurement where precision matters, and
     * {@link #close()} to stop the clock's task.
     *
     * @throws CallNotPermittedException if the breaker refuses (a shared instance without stack trace)
     */
    public <T> T call(Supplier<T> call) {
        if (!machine.tryAcquirePermission()) {
            throw notPermitted;
        }
        CoarseClock ticker = clock.get();
        if (ticker == null) {
            ticker = startClock(policy().slowCallDuration());
        }
        long start = ticker.nanoTime();
        T result;
        try {
            result = call.get();
        } catch (Throwable e) {
            machine.onError(ticker.nanoTime() - start);
            throw e;
        }
        machine.onSuccess(ticker.nanoTime() - start);
        return result;
    }

    private CoarseClock startClock(Duration slowCallDuration) {
        CoarseClock started = new CoarseClock(scheduler, CoarseClock.resolutionFor(slowCallDuration));
        CoarseClock current = clock.get();
        while (current == null || current.resolutionNanos() > started.resolutionNanos()) {
            if (clock.compareAndSet(current, started)) {
                if (current != null) {
                    current.stop();
                }
                return started;
            }
            current = clock.get();
        }
        started.stop(); // another thread started one at least as fine
        return current;
    }

    /** {@code call}, guarded by this breaker each time it is called. */
    public <T> Supplier<T> decorate(Supplier<T> call) {
        return () -> call(call);
    }

    /** The current state. OPEN turns into HALF_OPEN only when a call arrives after the open duration. */
    public BreakerState state() {
        return machine.state().state();
    }

    /**
     * Moves an OPEN breaker to HALF_OPEN at once, so the next calls probe the component instead of
     * waiting out the open duration; the runtime does this when a repair of the component is verified.
     * Does nothing in another state.
     *
     * @param reason why, for the {@link BreakerTransition} event
     * @return whether the breaker was OPEN
     */
    public boolean probeNow(String reason) {
        return machine.probeNow(reason);
    }

    /**
     * Opens a CLOSED breaker on another's evidence, the cluster's: it refuses every call until
     * {@link #releaseHold}, whatever its open duration. A breaker OPEN or HALF_OPEN on its own calls keeps its
     * course. The runtime does this for a component with a {@code ClusterBreakerPolicy}.
     *
     * @param reason why, for the {@link BreakerTransition} event
     * @return whether the breaker was CLOSED and is now held open
     */
    public boolean holdOpen(String reason) {
        return machine.holdOpen(reason);
    }

    /**
     * Ends a hold of {@link #holdOpen}: the breaker goes HALF_OPEN, so its next calls probe the component.
     *
     * @param reason why, for the {@link BreakerTransition} event
     * @return whether the breaker was held open
     */
    public boolean releaseHold(String reason) {
        return machine.releaseHold(reason);
    }

    /** Whether the breaker is OPEN because of {@link #holdOpen}, not its own calls. */
    public boolean heldOpen() {
        return machine.state() instanceof OpenState open && open.heldByCluster();
    }

    /**
     * Whether its state is the cluster's doing rather than its own calls' evidence: OPEN by {@link #holdOpen},
     * or HALF_OPEN probing since {@link #releaseHold}.
     */
    public boolean byCluster() {
        return machine.byCluster();
    }

    /** The current policy. */
    public BreakerPolicy policy() {
        return machine.config().policy();
    }

    /**
     * Swaps the policy live. The state and the window's contents are kept: a COUNT window of another
     * size keeps its most recent outcomes, a TIME window keeps the seconds that still fit, a window of
     * another type starts empty. An OPEN breaker's new open duration counts from when it opened; a new
     * number of probes applies from the next HALF_OPEN. Outcomes recorded during the swap may be lost.
     *
     * @throws IllegalStateException on the breaker of a guard: propose a patch of the component's policy
     *         to the configurator instead
     */
    public void updatePolicy(BreakerPolicy policy) {
        if (ownedByGuard) {
            throw new IllegalStateException("this breaker belongs to the guard of '" + name() + "', whose policy "
                    + "only the configurator changes; propose or apply a PolicyPatch through hms.configurator()");
        }
        swapPolicy(policy);
    }

    /** Swaps the policy of a guard's breaker; the guard's own door (see {@link #updatePolicy}). */
    void swapPolicy(BreakerPolicy policy) {
        machine.updatePolicy(policy);
        if (clock.get() != null) {
            startClock(policy.slowCallDuration()); // refines the clock if the new duration is shorter
        }
    }

    /**
     * Stops the coarse clock's task, if {@link #call} started one; a later {@code call} starts it
     * again. The breaker itself holds no other resources.
     */
    public void close() {
        CoarseClock ticker = clock.getAndSet(null);
        if (ticker != null) {
            ticker.stop();
        }
    }

    /**
     * The failure rate of the window in percent, or -1 while it holds fewer calls than it needs to
     * judge. Kept while OPEN: it then shows the rate that opened the breaker.
     */
    public float failureRate() {
        return rate(machine.window().failedCalls());
    }

    /** The slow-call rate of the window in percent, or -1 as for {@link #failureRate()}. */
    public float slowCallRate() {
        return rate(machine.window().slowCalls());
    }

    private float rate(int count) {
        SlidingWindow window = machine.window();
        int calls = window.bufferedCalls();
        if (calls == 0 || calls < window.minimumCalls(machine.config().policy())) {
            return -1f;
        }
        return count * 100f / calls;
    }

    /** How many calls the window holds. */
    public int bufferedCalls() {
        return machine.window().bufferedCalls();
    }

    /** How many of the window's calls failed. */
    public int failedCalls() {
        return machine.window().failedCalls();
    }

    @Override
    public String toString() {
        return "CircuitBreaker[" + name() + ", " + state() + "]";
    }
}
