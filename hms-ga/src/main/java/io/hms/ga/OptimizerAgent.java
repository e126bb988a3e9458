package io.hms.ga;

import io.hms.api.Subscription;
import io.hms.api.event.AnomalyDetected;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.PatchPromoted;
import io.hms.api.event.PatchRolledBack;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.spi.Optimizer;
import io.hms.api.spi.OptimizerContext;
import io.hms.ga.internal.AnomalyWatch;
import io.hms.ga.internal.CpuPacer;
import io.hms.ga.playbook.PlaybookEvolver;
import io.hms.ga.search.PolicyOptimizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Optimizer agent: on the cluster leader, it searches each component's policy space for a
 * better guard policy by replaying the component's recorded trace ({@link PolicyOptimizer}, memetic by
 * default), and evolves its repair playbook from its closed incidents ({@link PlaybookEvolver}); a winner
 * that beats the current policy by the margin goes to the configurator as one {@code PolicyPatch} with
 * source {@value #SOURCE} (canaried, then promoted or rolled back).
 *
 * <pre>{@code
 * Hms hms = Hms.builder()
 *         .component("inventory")
 *         .optimizer(OptimizerAgent.create(OptimizerAgentOptions.defaults()))   // or just hms-ga on the class path
 *         .build().start();
 * hms.events().subscribe(GenerationEvaluated.class, g -> log.info("{}", g));
 * }</pre>
 *
 * <p>When it runs: every {@link OptimizerAgentOptions#period()} for every component, and for one
 * component on anomaly — an {@link IncidentClosed}, an {@link AnomalyDetected} from the monitor, or a jump in its
 * error rate or latency seen when its
 * trace is checked every {@link OptimizerAgentOptions#anomalyCheck()} and once straight away on becoming
 * the leader. The runtime records a component's trace only from the first time an optimizer asks for it
 * ({@link OptimizerContext#trace}): followers keep no traces, and the leader's first look starts them. Requests while a run is going are
 * queued, one per component. A component whose patch is being canaried is not searched, since the
 * configurator would refuse the winner: its request waits until the canary is promoted or rolled back. A
 * canary can also end without either event (its promotion failed to commit); the next anomaly check then
 * finds it over. Leadership is followed through the coordinator: on losing it the periodic runs stop, the
 * waiting requests are dropped and a running search stops after its generation.
 *
 * <p>Guarantees: searches run one at a time on a single low-priority thread {@code hms-optimizer-…},
 * never on a guarded call's or a timer's thread, each within its evaluation budget and
 * {@link OptimizerAgentOptions#maxRunTime()}; the thread keeps to {@link OptimizerAgentOptions#cpuShare()} of
 * one core, measured by its CPU time: it pauses after each generation of a guard search and after each
 * component's run until its use is back within the share, so it runs above the share by at most one step
 * between pauses (a generation, or the work before the first or after the last: the trace's model, the
 * playbook's evolution); one {@code GenerationEvaluated} is published per
 * generation; a proposed policy lies inside the component's {@code PolicySpace}. A failing run is logged
 * and the agent goes on.
 *
 * <p>With {@link OptimizerAgentOptions#islands()} every instance searches, each on its own trace: the leader
 * names each guard search a run and calls the others to it ({@link io.hms.api.spi.SwarmReport.Migrants}); an
 * instance that does not lead joins with a search of its own as one island, and every two generations the islands
 * trade their two best candidates through the coordinator. Only the leader's island, which takes in the others'
 * best, proposes; its winner is judged and canaried as ever. An island that cannot reach the others goes on
 * alone. Thread-safe.
 */
public final class OptimizerAgent implements Optimizer {

    /** The {@link PolicyPatch#source()} of the agent's patches. */
    public static final String SOURCE = "optimizer";

    private static final Logger LOG = LoggerFactory.getLogger(OptimizerAgent.class);

    private final OptimizerAgentOptions options;
    private final Executor givenExecutor;
    private final AnomalyWatch watch;
    private final CpuPacer pacer;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Set<String> queued = new LinkedHashSet<>();
    private final Map<String, Long> requestedBudgets = new ConcurrentHashMap<>(); // by an operator, for the next run
    private final Set<String> awaitingCanary = new HashSet<>(); // requested while a patch of theirs was canaried
    private OptimizerContext context;
    private Executor executor;
    private ExecutorService ownedExecutor;
    private Subscription periodic;
    private IslandRuns islands;
    private boolean draining;
    private volatile boolean closed;

    OptimizerAgent(OptimizerAgentOptions options, Executor executorOrNull, CpuPacer.Clocks clocks) {
        this.options = Objects.requireNonNull(options, "options");
        this.givenExecutor = executorOrNull;
        this.watch = new AnomalyWatch(options.errorRateJump(), options.latencyJumpFactor());
        this.pacer = new CpuPacer(options.cpuShare(), clocks);
    }

    /** An agent with {@code options}, running its searches on its own thread. */
    public static OptimizerAgent create(OptimizerAgentOptions options) {
        return new OptimizerAgent(options, null, CpuPacer.Clocks.system());
    }

    /** Its options. */
    public OptimizerAgentOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "ga";
    }

    @Override
    public synchronized void start(OptimizerContext optimizerContext) {
        if (context != null) {
            throw new IllegalStateException("this optimizer agent was already started; create a new one");
        }
        this.context = Objects.requireNonNull(optimizerContext, "context");
        if (givenExecutor == null) {
            ThreadFactory threads = context.threadFactory("optimizer");
            ownedExecutor = Executors.newSingleThreadExecutor(task -> {
                Thread thread = threads.newThread(task);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });
            executor = ownedExecutor;
        } else {
            executor = givenExecutor;
        }
        subscriptions.add(context.subscribe(IncidentClosed.class, e -> request(List.of(e.component()))));
        subscriptions.add(context.subscribe(AnomalyDetected.class, e -> request(List.of(e.component()))));
        subscriptions.add(context.subscribe(PatchPromoted.class, e -> canaryEnded(e.component())));
        subscriptions.add(context.subscribe(PatchRolledBack.class, e -> canaryEnded(e.component())));
        subscriptions.add(context.every(options.anomalyCheck(), () -> submit(this::checkAnomalies)));
        subscriptions.add(context.coordinator().onLeadershipChange(this::leadershipChanged));
        if (options.islands()) {
            islands = new IslandRuns(context, options, this::submit,
                    () -> pacer.pace() && !closed && !Thread.currentThread().isInterrupted(), pacer::start);
            subscriptions.add(islands::close);
        }
    }

    @Override
    public Optional<String> requestRun(String component, long evaluations) {
        OptimizerContext started = context;
        if (started == null) {
            return Optional.of("the optimizer has not started");
        }
        if (!started.components().contains(component)) {
            return Optional.of("no component named '" + component + "'");
        }
        if (evaluations < 0) {
            return Optional.of("evaluations must be positive (or 0 for the optimizer's budget), got " + evaluations);
        }
        if (!active()) {
            return Optional.of("this instance does not lead the cluster, and only the leader optimizes; ask the leader");
        }
        if (evaluations > 0) {
            requestedBudgets.put(component, evaluations);
        }
        request(List.of(component));
        return Optional.empty();
    }

    @Override
    public int populationSize() {
        return options.populationSize();
    }

    @Override
    public void close() {
        Subscription timer;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            subscriptions.forEach(Subscription::close);
            timer = periodic;
            periodic = null;
            queued.clear();
            awaitingCanary.clear();
        }
        if (timer != null) {
            timer.close();
        }
        if (ownedExecutor != null) {
            ownedExecutor.shutdownNow();
        }
    }

    private void leadershipChanged(boolean leader) {
        Subscription stop = null;
        boolean lookNow = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (leader && periodic == null) {
                periodic = context.every(options.period(), () -> request(context.components()));
                lookNow = true;
            } else if (!leader) {
                stop = periodic;
                periodic = null;
                queued.clear();
                awaitingCanary.clear();
            }
        }
        if (stop != null) {
            stop.close();
        }
        if (lookNow) {
            submit(this::checkAnomalies); // a runtime may record a trace only from the first look on
        }
        LOG.info("optimizer {}", leader ? "active: this instance leads" : "idle: another instance leads");
    }

    private boolean active() {
        return !closed && context.coordinator().isLeader();
    }

    /** Between generations: pauses for the CPU share, then whether to go on (not if closed or interrupted). */
    private boolean proceed() {
        return pacer.pace() && !Thread.currentThread().isInterrupted() && active();
    }

    private void checkAnomalies() {
        if (!active()) {
            return;
        }
        List<String> waiting;
        synchronized (this) {
            waiting = List.copyOf(awaitingCanary);
        }
        for (String component : waiting) {
            if (!context.canaryRunning(component)) {
                canaryEnded(component);
            }
        }
        for (String component : context.components()) {
            if (watch.jumped(component, context.trace(component))) {
                LOG.info("error rate or latency of {} jumped; optimizing it", component);
                request(List.of(component));
            }
        }
    }

    private void request(Collection<String> components) {
        if (!active()) {
            return;
        }
        synchronized (this) {
            queued.addAll(components);
            if (draining) {
                return;
            }
            draining = true;
        }
        if (!submit(this::drain)) {
            synchronized (this) {
                draining = false;
            }
        }
    }

    private boolean submit(Runnable task) {
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            LOG.debug("the optimizer is closing; task dropped");
            return false;
        }
    }

    private void drain() {
        pacer.start();
        while (true) {
            String component;
            synchronized (this) {
                Iterator<String> next = queued.iterator();
                // interrupted: closing, or the executor's owner wants its thread back; the queue stays
                if (!next.hasNext() || closed || Thread.currentThread().isInterrupted()) {
                    draining = false;
                    return;
                }
                component = next.next();
                next.remove();
                awaitingCanary.remove(component); // set aside again below if its canary still runs
            }
            if (!active()) {
                continue;
            }
            if (context.canaryRunning(component)) {
                awaitCanary(component);
            } else {
                tune(component);
                pacer.pace(); // for the work since the last generation: the playbook's evolution, the proposal
            }
        }
    }

    private void awaitCanary(String component) {
        synchronized (this) {
            awaitingCanary.add(component);
        }
        LOG.info("a patch of {} is being canaried; optimizing it once the canary ends", component);
        if (!context.canaryRunning(component)) { // it ended before the request was set aside
            canaryEnded(component);
        }
    }

    private void canaryEnded(String component) {
        boolean waited;
        synchronized (this) {
            waited = awaitingCanary.remove(component);
        }
        if (waited) {
            request(List.of(component));
        }
    }

    private void tune(String component) {
        try {
            VersionedPolicy current = context.policy(component);
            Long requested = requestedBudgets.remove(component);
            OptimizerAgentOptions run = requested == null ? options
                    : options.toBuilder().evaluationBudget(requested).build();
            Optional<GuardTuning.GuardWinner> guard;
            if (islands != null && !run.paretoFront()) {
                try (ClusterMigration migration = new ClusterMigration(context.coordinator(), component,
                        islands.callRun(component))) {
                    guard = GuardTuning.tune(context, current, run, this::proceed, migration);
                }
            } else {
                guard = GuardTuning.tune(context, current, run, this::proceed);
            }
            Optional<PlaybookTuning.PlaybookWinner> playbook = proceed()
                    ? PlaybookTuning.tune(context, current, run) : Optional.empty();
            if ((guard.isEmpty() && playbook.isEmpty()) || !active()) {
                return;
            }
            ComponentPolicy candidate = current.policy();
            List<String> reasons = new ArrayList<>();
            if (guard.isPresent()) {
                candidate = candidate.withGuard(guard.get().guard());
                reasons.add(guard.get().reason());
            }
            if (playbook.isPresent()) {
                candidate = candidate.withPlaybook(candidate.playbook().withSteps(playbook.get().playbook().steps()));
                reasons.add(playbook.get().reason());
            }
            PolicyPatch patch = PolicyPatch.of(component, current.version(), candidate, SOURCE,
                    String.join("; ", reasons));
            LOG.info("optimizer proposes patch {} for {}: {}", patch.id(), component, patch.reason());
            context.propose(patch).whenComplete((promoted, error) -> {
                if (error != null) {
                    LOG.info("patch {} for {} was refused: {}", patch.id(), component, error.toString());
                }
            });
        } catch (Throwable e) { // an Error too: a run that escaped the loop would leave the agent draining forever
            LOG.warn("optimizing {} failed; the agent goes on", component, e);
        }
    }
}
