package io.hms.core.configurator;

import io.hms.api.Durations;
import io.hms.api.FunctionKind;
import io.hms.api.Subscription;
import io.hms.api.event.PatchPromoted;
import io.hms.api.event.PatchProposed;
import io.hms.api.event.PatchRolledBack;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.PolicyVersionConflictException;
import io.hms.api.spi.RegistryMutation;
import io.hms.core.event.EventBus;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.RegisteredFunction;
import io.hms.core.registry.RegistryListener;
import io.hms.core.supervisor.AgentCrash;
import io.hms.core.supervisor.Lifeline;
import io.hms.core.supervisor.Supervised;
import io.hms.core.time.Cancellable;
import io.hms.core.time.HostThreads;
import io.hms.core.time.Scheduler;
import io.hms.core.time.TimeLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Configurator agent: hot-swaps component policies safely.
 *
 * <pre>{@code
 * PolicyPatch patch = PolicyPatch.of("inventory", hms.registry().policy("inventory").version(),
 *         tuned, "operator:alice", "shorter open duration");
 * PatchResult result = hms.configurator().propose(patch).join();   // canary, then promote or roll back
 * }</pre>
 *
 * <p>{@link #propose} validates the patch, sends {@link ConfiguratorOptions#canaryFraction()} of the
 * component's calls through the candidate guard policy for the bake window, and promotes it when its
 * error rate and mean latency are within the tolerances of the baseline, or rolls it back otherwise.
 * A patch that changes no guard setting has nothing to canary and is promoted at once. Promotion is a
 * commit through the {@link Coordinator}; every instance applies committed policies to its registry
 * and runs the component's {@link FunctionKind#OPTIMIZE} hooks. One patch per component at a time.
 *
 * <p>Refusals: every method that returns a future reports every refusal through it, and none throws:
 * an unknown component fails it with an {@link IllegalArgumentException} naming the declared ones, an
 * invalid patch or a rollback with nothing to go back to likewise ({@link IllegalArgumentException}
 * or {@link IllegalStateException}), and so does a configurator that is not started or already closed
 * ({@link IllegalStateException}): before {@link #start()} nothing would apply a commit to the
 * registry, and after {@link #close()} nothing does. {@link #canaryRunning} answers false for an
 * unknown component.
 *
 * <p>Rollback walks back through the history: {@link #rollback} makes the version before the current
 * one current again, as a new version; when the current version is itself a rollback to vN, the
 * version before vN. So rolling back twice from v3 (v4 takes v2's policy) gives v5 with v1's policy.
 *
 * <p>A patch is promoted only on its base: the promotion commits the candidate as exactly version
 * {@code baseVersion + 1}, a compare-and-set that the coordinator decides in its commit order (in a
 * cluster, inside the replicated state machine). Of several patches on the same base, from this
 * instance or any other, exactly one is promoted; {@link #apply} fails the others with a
 * {@link PolicyVersionConflictException} naming the current version, and {@link #propose} rolls them
 * back saying so. A {@link PatchResult} names the version its own patch made. Rollbacks are made the
 * same way, on the version current when they are asked for. Thread-safe.
 */
public final class Configurator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Configurator.class);
    /** The source of a rollback's version, followed by the version it rolled back to. */
    private static final String ROLLBACK_SOURCE = "rollback:v";

    private final TimeLimiter hooks;
    private final FunctionRegistry registry;
    private final EventBus events;
    private final Scheduler scheduler;
    private final Coordinator coordinator;
    private final CanaryTarget canaries;
    private final CanaryJudge judge;
    private final ConfiguratorOptions options;
    private final Map<String, Canary> pending = new ConcurrentHashMap<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private volatile Lifecycle lifecycle = Lifecycle.NEW;

    /** Where the configurator is in its life; it acts only while started. */
    private enum Lifecycle { NEW, STARTED, CLOSED }

    /**
     * @param registry    where policies live
     * @param events      where patch events go
     * @param scheduler   the clock of bake windows
     * @param coordinator through which promotions are committed
     * @param canaries    the guards that run canaries
     * @param options     how canaries are run and judged
     */
    public Configurator(FunctionRegistry registry, EventBus events, Scheduler scheduler, Coordinator coordinator,
                        CanaryTarget canaries, ConfiguratorOptions options) {
        this(registry, events, scheduler, coordinator, canaries, options, new TimeLimiter(scheduler, "optimize"));
    }

    /**
     * A configurator whose optimize hooks run on the runtime's host threads, each with its timeout.
     *
     * @param hostThreads where optimize hooks run; not closed by the configurator
     */
    public Configurator(FunctionRegistry registry, EventBus events, Scheduler scheduler, Coordinator coordinator,
                        CanaryTarget canaries, ConfiguratorOptions options, HostThreads hostThreads) {
        this(registry, events, scheduler, coordinator, canaries, options, new TimeLimiter(scheduler, hostThreads));
    }

    private Configurator(FunctionRegistry registry, EventBus events, Scheduler scheduler, Coordinator coordinator,
                         CanaryTarget canaries, ConfiguratorOptions options, TimeLimiter hooks) {
        this.hooks = hooks;
        this.registry = registry;
        this.events = events;
        this.scheduler = scheduler;
        this.coordinator = coordinator;
        this.canaries = canaries;
        this.options = options;
        this.judge = new CanaryJudge(options);
    }

    /**
     * Applies committed policies to the registry and runs optimize hooks on every change. Calling it
     * again does nothing.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public synchronized void start() {
        if (lifecycle == Lifecycle.CLOSED) {
            throw new IllegalStateException("the configurator is closed; build a new runtime with Hms.builder()");
        }
        if (lifecycle == Lifecycle.STARTED) {
            return;
        }
        lifecycle = Lifecycle.STARTED;
        subscriptions.add(coordinator.onCommit(mutation -> {
            if (mutation instanceof RegistryMutation.PolicyCommit commit && !appliedAlready(commit)) {
                registry.commitPolicy(commit.component(), commit.policy(), commit.source(), commit.version());
            }
        }));
        subscriptions.add(registry.addListener(new RegistryListener() {
            @Override
            public void policyChanged(VersionedPolicy previous, VersionedPolicy current) {
                runOptimizeHooks(current);
            }
        }));
    }

    /**
     * Whether the registry holds {@code commit}'s numbered version, or a later one, already: a coordinator
     * tells a new listener the commits it retains, and another configurator of the same registry may have
     * applied it first.
     */
    private boolean appliedAlready(RegistryMutation.PolicyCommit commit) {
        return commit.version() != 0 && commit.version() <= registry.policy(commit.component()).version();
    }

    /**
     * Canaries {@code patch}, then promotes or rolls it back.
     *
     * @return completes when the patch is promoted or rolled back; fails at once with
     *         {@link IllegalArgumentException} or {@link IllegalStateException} for an invalid patch
     */
    public CompletableFuture<PatchResult> propose(PolicyPatch patch) {
        try {
            requireStarted();
            validate(patch);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Canary canary = new Canary(patch);
        if (pending.putIfAbsent(patch.component(), canary) != null) {
            return CompletableFuture.failedFuture(new IllegalStateException("a patch for '" + patch.component()
                    + "' is already being canaried; wait for its result or roll it back first"));
        }
        events.publish(new PatchProposed(scheduler.now(), patch.component(), patch.id(), patch.baseVersion(),
                patch.source(), patch.reason()));
        VersionedPolicy current = registry.policy(patch.component());
        if (current.policy().guard().equals(patch.candidate().guard())) {
            return finish(canary, promote(patch, canary, "no guard setting changed; promoted without canary"));
        }
        canaries.startCanary(patch.component(), patch.candidate().guard(), options.canaryFraction());
        canary.baselineAtStart = canaries.baseline(patch.component());
        canary.timer = scheduler.schedule(options.bakeWindow(), () -> judge(canary));
        canary.bakingSince = scheduler.nanoTime();
        return canary.result;
    }

    /**
     * Ends the canary of patch {@code patchId} now with a person's decision instead of the canary's
     * verdict: promotes it, or rolls it back. The events and the result say who decided.
     *
     * @param promote  true to promote, false to roll back
     * @param decision who decided and why, for the events, e.g. {@code "promoted by admin token:1f2e3d4c"}
     * @return completes with the result; fails with {@link java.util.NoSuchElementException} when no canary of
     *         that patch runs, or {@link IllegalStateException} when its verdict is being made already
     */
    public CompletableFuture<PatchResult> decide(String patchId, boolean promote, String decision) {
        Canary canary = pending.values().stream().filter(c -> c.patch.id().equals(patchId)).findFirst().orElse(null);
        if (canary == null) {
            return CompletableFuture.failedFuture(new java.util.NoSuchElementException("no patch '" + patchId
                    + "' is in canary; pending() lists those that are"));
        }
        if (!canary.judged.compareAndSet(false, true)) {
            return CompletableFuture.failedFuture(new IllegalStateException("the canary of patch " + patchId
                    + " is being judged already"));
        }
        Cancellable timer = canary.timer;
        if (timer != null) {
            timer.cancel();
        }
        PolicyPatch patch = canary.patch;
        canaries.stopCanary(patch.component());
        if (promote) {
            return finish(canary, promote(patch, canary, decision));
        }
        rollBack(canary, decision);
        return canary.result;
    }

    /** Promotes {@code patch} at once, without canary. */
    public CompletableFuture<PatchResult> apply(PolicyPatch patch) {
        try {
            requireStarted();
            validate(patch);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        events.publish(new PatchProposed(scheduler.now(), patch.component(), patch.id(), patch.baseVersion(),
                patch.source(), patch.reason()));
        return promote(patch, null, "manual");
    }

    /**
     * Walks one step back through the component's history: makes the version before the current one
     * current again, as a new version; when the current version is itself a rollback to vN, the version
     * kept before vN. So a second rollback does not bring the newer policy back but goes further back.
     *
     * @return completes with the new version; fails (see the class comment) for an unknown component, or
     *         when no kept version is earlier
     */
    public CompletableFuture<VersionedPolicy> rollback(String component) {
        try {
            requireStarted();
            return rollbackTo(component, previousVersion(component));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The version {@link #rollback} goes back to. */
    private long previousVersion(String component) {
        List<VersionedPolicy> history = registry.policyHistory(component);
        VersionedPolicy current = history.get(history.size() - 1);
        long from = rolledBackTo(current).orElse(current.version());
        VersionedPolicy earlier = null;
        for (VersionedPolicy v : history) {
            if (v.version() < from) {
                earlier = v;
            }
        }
        if (earlier == null) {
            String where = from == current.version() ? "is at v" + from
                    : "was rolled back to v" + from + " (v" + current.version() + ")";
            throw new IllegalStateException("'" + component + "' " + where + ", and no earlier policy is kept to "
                    + "roll back to (kept: " + history.stream().map(VersionedPolicy::version).toList() + ")");
        }
        return earlier.version();
    }

    /** The version {@code policy} rolled back to, if it is a rollback. */
    private static Optional<Long> rolledBackTo(VersionedPolicy policy) {
        String source = policy.source();
        if (!source.startsWith(ROLLBACK_SOURCE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(source.substring(ROLLBACK_SOURCE.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Makes {@code version} of the component's policy current again, as a new version.
     *
     * @return completes with the new version; fails (see the class comment) for an unknown component or a
     *         version no longer kept
     */
    public CompletableFuture<VersionedPolicy> rollbackTo(String component, long version) {
        Optional<VersionedPolicy> target;
        try {
            requireStarted();
            target = registry.policy(component, version);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (target.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("'" + component
                    + "' has no policy version " + version + "; pick one of the versions it holds "
                    + registry.policyHistory(component).stream().map(VersionedPolicy::version).toList()
                    + " (a cluster's coordinator may keep only the latest versions of each policy)"));
        }
        Canary running = pending.get(component);
        if (running != null) {
            abandon(running, "an operator rolled the policy back during the canary");
        }
        String reason = "rolled back to v" + version;
        long base = registry.policy(component).version();
        return commit(component, target.get().policy(), ROLLBACK_SOURCE + version, base).thenApply(v -> {
            events.publish(new PatchRolledBack(scheduler.now(), component, "manual", reason));
            return v;
        });
    }

    /**
     * Whether a patch of {@code component} is being canaried now; {@link #propose} refuses another until it
     * ends. False by the time its {@code PatchPromoted} or {@code PatchRolledBack} is published.
     */
    public boolean canaryRunning(String component) {
        return pending.containsKey(component);
    }

    /** How it canaries and judges patches. */
    public ConfiguratorOptions options() {
        return options;
    }

    /** The patches being canaried now. */
    public List<PolicyPatch> pending() {
        return pending.values().stream().map(c -> c.patch).toList();
    }

    /** Calls off every running canary (rolled back) and stops applying commits; refuses everything after. */
    @Override
    public synchronized void close() {
        lifecycle = Lifecycle.CLOSED;
        for (Canary canary : List.copyOf(pending.values())) {
            abandon(canary, "the runtime closed");
        }
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
        hooks.close();
    }

    /**
     * At the end of the bake window, once per canary. Whatever judging throws rolls the patch back: a canary
     * left pending would refuse every later patch of its component.
     */
    private void judge(Canary canary) {
        PolicyPatch patch = canary.patch;
        if (pending.get(patch.component()) != canary || !canary.judged.compareAndSet(false, true)) {
            return;
        }
        try {
            verdict(canary);
        } catch (Throwable e) {
            LOG.warn("judging the canary of patch {} for {} failed; it is rolled back", patch.id(), patch.component(), e);
            try {
                canaries.stopCanary(patch.component());
            } finally {
                rollBack(canary, "the canary could not be judged: " + e);
            }
        }
    }

    private void verdict(Canary canary) {
        PolicyPatch patch = canary.patch;
        TrafficSample baseline = canaries.baseline(patch.component()).since(canary.baselineAtStart);
        TrafficSample trial = canaries.canary(patch.component());
        canaries.stopCanary(patch.component());
        String figures = "canary " + trial + " vs baseline " + baseline;
        Optional<String> failure = judge.failure(baseline, trial);
        if (registry.policy(patch.component()).version() != patch.baseVersion()) {
            failure = Optional.of("the policy changed during the canary");
        }
        if (failure.isPresent()) {
            rollBack(canary, failure.get() + " (" + figures + ")");
        } else {
            finish(canary, promote(patch, canary, figures));
        }
    }

    /**
     * Commits the patch on its base; {@code ending}, its canary if it had one, ends before the event tells
     * so. A canary's patch that lost to another commit on its base is rolled back; one without canary fails.
     */
    private CompletableFuture<PatchResult> promote(PolicyPatch patch, Canary ending, String detail) {
        return commit(patch.component(), patch.candidate(), "patch:" + patch.id(), patch.baseVersion())
                .handle((version, error) -> {
                    Throwable cause = error instanceof CompletionException wrapped && wrapped.getCause() != null
                            ? wrapped.getCause() : error;
                    if (cause instanceof PolicyVersionConflictException conflict && ending != null) {
                        return lostToAnotherCommit(patch, ending, conflict);
                    }
                    if (error != null) {
                        throw error instanceof CompletionException wrapped ? wrapped : new CompletionException(error);
                    }
                    if (ending != null) { // before the event: its listeners may propose the next patch at once
                        pending.remove(patch.component(), ending);
                    }
                    events.publish(new PatchPromoted(scheduler.now(), patch.component(), patch.id(),
                            version.version(), detail));
                    return new PatchResult(patch.id(), true, Optional.of(version), detail);
                });
    }

    private PatchResult lostToAnotherCommit(PolicyPatch patch, Canary ending, PolicyVersionConflictException conflict) {
        String reason = "refused: " + conflict.getMessage();
        if (pending.remove(patch.component(), ending)) {
            LOG.info("patch {} for {} rolled back: {}", patch.id(), patch.component(), reason);
            events.publish(new PatchRolledBack(scheduler.now(), patch.component(), patch.id(), reason));
        }
        return new PatchResult(patch.id(), false, Optional.empty(), reason);
    }

    /**
     * Commits {@code policy} as exactly version {@code base + 1}; completes with that version, or fails
     * with a {@link PolicyVersionConflictException} when another commit made it first.
     */
    private CompletableFuture<VersionedPolicy> commit(String component, ComponentPolicy policy, String source,
                                                      long base) {
        long version = base + 1;
        return coordinator.commit(new RegistryMutation.PolicyCommit(component, policy, source, version))
                .thenApply(index -> made(component, version, policy, source))
                .toCompletableFuture();
    }

    /**
     * The version a successful commit made. A coordinator that numbers commits refuses a lost one itself;
     * one that does not (the local coordinator) tells it, and the registry skips it as a version it holds:
     * its source then tells that another commit made the version.
     */
    private VersionedPolicy made(String component, long version, ComponentPolicy policy, String source) {
        Optional<VersionedPolicy> held = registry.policy(component, version);
        if (held.isPresent() && !held.get().source().equals(source)) {
            throw new PolicyVersionConflictException(component, version, registry.policy(component).version());
        }
        // not held: committed, then dropped from the registry's bounded history by later commits
        return held.orElseGet(() -> new VersionedPolicy(component, version, policy, scheduler.now(), source));
    }

    private CompletableFuture<PatchResult> finish(Canary canary, CompletableFuture<PatchResult> outcome) {
        outcome.whenComplete((result, error) -> {
            pending.remove(canary.patch.component(), canary);
            if (error != null) {
                canary.result.completeExceptionally(error);
            } else {
                canary.result.complete(result);
            }
        });
        return canary.result;
    }

    private void abandon(Canary canary, String reason) {
        Cancellable timer = canary.timer;
        if (timer != null) {
            timer.cancel();
        }
        canaries.stopCanary(canary.patch.component());
        rollBack(canary, reason);
    }

    private void rollBack(Canary canary, String reason) {
        if (pending.remove(canary.patch.component(), canary)) {
            PolicyPatch patch = canary.patch;
            LOG.info("patch {} for {} rolled back: {}", patch.id(), patch.component(), reason);
            events.publish(new PatchRolledBack(scheduler.now(), patch.component(), patch.id(), reason));
            canary.result.complete(new PatchResult(patch.id(), false, Optional.empty(), reason));
        }
    }

    private void requireStarted() {
        switch (lifecycle) {
            case NEW -> throw new IllegalStateException("the configurator is not started, so no commit would reach "
                    + "the registry; start the runtime first (Hms.start())");
            case CLOSED -> throw new IllegalStateException("the configurator is closed (its runtime was closed); "
                    + "build and start a new runtime with Hms.builder()");
            case STARTED -> { }
        }
    }

    private void validate(PolicyPatch patch) {
        String component = patch.component();
        VersionedPolicy current = registry.policy(component);
        if (patch.baseVersion() < current.version()) {
            throw new IllegalStateException("patch " + patch.id() + " was derived from v" + patch.baseVersion()
                    + " of '" + component + "' but the current version is v" + current.version()
                    + "; derive it again from the current policy");
        }
        if (patch.baseVersion() > current.version()) {
            throw new IllegalStateException("patch " + patch.id() + " was derived from v" + patch.baseVersion()
                    + " of '" + component + "' but this instance holds v" + current.version() + " only (it lags"
                    + " the cluster, or the base is wrong); retry once it has caught up, or derive the patch from"
                    + " the policy this instance holds");
        }
        for (PlaybookStep step : patch.candidate().playbook().steps()) {
            if (registry.find(component, FunctionKind.REPAIR, step.function()).isEmpty()) {
                throw new IllegalArgumentException("patch " + patch.id() + ": playbook step '" + step.function()
                        + "' is not a repair registered for '" + component + "'; use one of "
                        + registry.functions(component, FunctionKind.REPAIR).stream()
                        .map(RegisteredFunction::name).toList());
            }
        }
    }

    /** Runs the hooks on host threads, each with its descriptor's timeout; the configurator's close stops them. */
    private void runOptimizeHooks(VersionedPolicy promoted) {
        for (RegisteredFunction hook : registry.functions(promoted.component(), FunctionKind.OPTIMIZE)) {
            hooks.call(() -> {
                hook.optimize().apply(promoted.policy());
                return null;
            }, hook.descriptor().timeout()).whenComplete((done, error) -> {
                if (error != null && !(error instanceof RejectedExecutionException)) {
                    LOG.warn("optimize hook {} of {} failed on v{} ({}); the policy stands", hook.name(),
                            promoted.component(), promoted.version(), error instanceof TimeoutException
                                    ? "no answer within " + hook.descriptor().timeout() : error.toString(), error);
                }
            });
        }
    }

    /**
     * The configurator as the runtime's supervisor sees it, named {@code "configurator"}: the verdict timer of
     * each canary baking now (dead once dropped, or when no verdict came by the end of its bake window). A
     * restart sets the timer again for what is left of the window; the canary, its traffic and its baseline
     * are kept.
     */
    public Supervised supervision() {
        return Supervised.of("configurator", () -> pending.values().stream()
                .filter(c -> c.bakingSince != Canary.NOT_BAKING)
                .<Lifeline>map(CanaryLifeline::new).toList());
    }

    /** The verdict timer of one canary, as the supervisor sees it. */
    private final class CanaryLifeline implements Lifeline {
        private final Canary canary;

        CanaryLifeline(Canary canary) {
            this.canary = canary;
        }

        @Override
        public String name() {
            return "canary of patch " + canary.patch.id() + " for " + canary.patch.component();
        }

        @Override
        public Optional<String> death(Duration slack) {
            synchronized (canary) {
                if (pending.get(canary.patch.component()) != canary || canary.judged.get()) {
                    return Optional.empty();
                }
                if (canary.timer == null) {
                    return Optional.of("its verdict timer was dropped");
                }
                long late = scheduler.nanoTime() - canary.bakingSince - options.bakeWindow().toNanos();
                return late > slack.toNanos() ? Optional.of("no verdict " + Durations.format(Duration.ofNanos(late))
                        + " after its bake window ended") : Optional.empty();
            }
        }

        @Override
        public void restart() {
            synchronized (canary) {
                if (pending.get(canary.patch.component()) != canary || canary.judged.get()) {
                    return;
                }
                Duration left = options.bakeWindow().minusNanos(scheduler.nanoTime() - canary.bakingSince);
                Cancellable dropped = canary.timer;
                canary.timer = scheduler.schedule(left.isNegative() ? Duration.ZERO : left, () -> judge(canary));
                if (dropped != null) {
                    dropped.cancel();
                }
            }
        }

        @Override
        public void crash(AgentCrash cause) {
            synchronized (canary) {
                Cancellable timer = canary.timer;
                canary.timer = null;
                if (timer != null) {
                    timer.cancel();
                }
            }
        }
    }

    private static final class Canary {
        static final long NOT_BAKING = Long.MIN_VALUE;
        final PolicyPatch patch;
        final CompletableFuture<PatchResult> result = new CompletableFuture<>();
        final AtomicBoolean judged = new AtomicBoolean();
        volatile TrafficSample baselineAtStart = TrafficSample.EMPTY;
        volatile Cancellable timer;
        volatile long bakingSince = NOT_BAKING; // scheduler nanos, once its verdict timer is set

        Canary(PolicyPatch patch) {
            this.patch = patch;
        }
    }
}
