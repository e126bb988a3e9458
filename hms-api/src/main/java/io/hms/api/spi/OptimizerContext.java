package io.hms.api.spi;

import io.hms.api.Subscription;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.HmsEventListener;
import io.hms.api.optimize.CallRecords;
import io.hms.api.optimize.IncidentRecord;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.VersionedPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadFactory;

/**
 * What an {@link Optimizer} may read and do: the runtime's components, their policies, spaces, traces
 * and incidents; the clock and timers; the event bus; the coordinator; and one way to act, proposing a
 * {@link PolicyPatch} to the configurator (which canaries it, then promotes or rolls it back).
 *
 * <pre>{@code
 * public void start(OptimizerContext context) {
 *     timer = context.every(Duration.ofMinutes(5), () -> executor.execute(() -> {
 *         if (context.coordinator().isLeader()) {
 *             for (String c : context.components()) tune(c, context.trace(c), context.policy(c));
 *         }
 *     }));
 * }
 * }</pre>
 *
 * <p>Thread-safe; every method may be called from any thread. The reads return immutable copies.
 */
public interface OptimizerContext {

    /** The names of the components declared now. */
    Set<String> components();

    /** The component's current policy and its version. */
    VersionedPolicy policy(String component);

    /** Which guard parameters the optimizer may change for the component, and within which ranges. */
    PolicySpace policySpace(String component);

    /**
     * The component's registered repair functions in level order, each as a playbook step with its
     * registered timeout: the playbook a by-level {@link io.hms.api.policy.Playbook} stands for.
     */
    List<PlaybookStep> repairs(String component);

    /**
     * The component's recent guarded call attempts, oldest first. A runtime may start recording a
     * component's attempts only when its trace is first asked for, so that traces no optimizer reads cost
     * nothing (the HMS runtime does): the first answer is then empty, and later ones hold the attempts
     * since.
     */
    CallRecords trace(String component);

    /** The component's closed incidents, oldest first. */
    List<IncidentRecord> incidents(String component);

    /**
     * Hands a patch to the configurator: canaried, then promoted or rolled back.
     *
     * @return completes with whether it was promoted; fails when the configurator refuses it (stale base
     *         version, a canary already running)
     */
    CompletionStage<Boolean> propose(PolicyPatch patch);

    /**
     * Whether a patch of the component is being canaried now by this instance's configurator, which until
     * then refuses another patch of the component ({@link #propose}). A canary ends promoted or rolled back
     * ({@link io.hms.api.event.PatchPromoted}, {@link io.hms.api.event.PatchRolledBack}, published once it no
     * longer runs), or without either event when its promotion fails to commit.
     */
    boolean canaryRunning(String component);

    /** Publishes an event on the runtime's bus. */
    void publish(HmsEvent event);

    /** Receives the bus's events of {@code type}, on a bus thread, until the subscription is closed. */
    <E extends HmsEvent> Subscription subscribe(Class<E> type, HmsEventListener<? super E> listener);

    /** The cluster coordinator: who leads, and notice of leadership changes; it cannot commit. */
    CoordinatorView coordinator();

    /** The runtime's wall-clock time. */
    Instant now();

    /** The runtime's monotonic time in nanoseconds; only differences are meaningful. */
    long nanoTime();

    /**
     * Runs {@code task} every {@code period} on the runtime's timer thread, first after one period, until
     * the subscription is closed. The task must be short: hand real work to a thread of your own.
     */
    Subscription every(Duration period, Runnable task);

    /** Threads named {@code hms-<name>-<n>}, tracked by the runtime like its own. */
    ThreadFactory threadFactory(String name);
}
