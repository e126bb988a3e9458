package io.hms.core.supervisor;

import io.hms.api.Subscription;
import io.hms.api.event.AgentRestarted;
import io.hms.api.event.HmsEvent;
import io.hms.core.time.Cancellable;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the runtime's agents alive: every {@code interval} on the runtime's scheduler it asks each
 * {@link Supervised} agent's {@link Lifeline}s whether they died (a subscription's thread that died, a timer
 * that was dropped or went silent), restarts those that did, keeping the agent's state, and publishes one
 * {@link AgentRestarted} per agent restarted. An agent is restarted within one interval of a thread's death,
 * and within two of its timer's periods and two intervals of a timer's loss.
 *
 * <pre>{@code
 * Supervisor supervisor = new Supervisor(scheduler, events::publish, Duration.ofSeconds(1));
 * supervisor.supervise(monitor.supervision());
 * supervisor.supervise(healer.supervision());
 * supervisor.start();
 * }</pre>
 *
 * <p>Guarantees: one agent's death, or a restart that fails (logged, tried again at the next check), never
 * stops the supervision of the others, nor do the others stop meanwhile; a live lifeline is never restarted;
 * the supervisor's own timer is a periodic task of the scheduler, which keeps it whatever it throws.
 * Thread-safe. {@link #close()} stops the checks (before the agents close, so closing is not taken for a
 * death).
 */
public final class Supervisor implements AutoCloseable {

    /** How often the agents are checked by default. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);

    private final Scheduler scheduler;
    private final Consumer<? super HmsEvent> events;
    private final Duration interval;
    private final Map<String, Supervised> agents = new LinkedHashMap<>();
    private final Map<String, AtomicLong> restarts = new ConcurrentHashMap<>();
    private final List<Consumer<? super AgentRestarted>> listeners = new CopyOnWriteArrayList<>();
    private Cancellable timer;
    private boolean closed;

    /**
     * @param scheduler the clock and the timer of the checks
     * @param events    where {@link AgentRestarted} goes
     * @param interval  how often the agents are checked; positive
     */
    public Supervisor(Scheduler scheduler, Consumer<? super HmsEvent> events, Duration interval) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.events = Objects.requireNonNull(events, "events");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the supervision interval must be positive, got " + interval);
        }
    }

    /**
     * Watches {@code agent} from now on.
     *
     * @throws IllegalArgumentException if an agent of the same name is watched already
     */
    public synchronized void supervise(Supervised agent) {
        Objects.requireNonNull(agent, "agent");
        if (agents.putIfAbsent(agent.agentName(), agent) != null) {
            throw new IllegalArgumentException("an agent named '" + agent.agentName() + "' is supervised already; "
                    + "give each agent its own name");
        }
        restarts.putIfAbsent(agent.agentName(), new AtomicLong());
    }

    /** Starts checking the agents every interval; calling it again does nothing. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("the supervisor is closed; create a new Supervisor");
        }
        if (timer == null) {
            timer = scheduler.scheduleAtFixedRate(interval, this::check);
        }
    }

    /** How often it checks the agents. */
    public Duration interval() {
        return interval;
    }

    /** The names of the agents it watches, in the order they were added. */
    public synchronized List<String> agents() {
        return List.copyOf(agents.keySet());
    }

    /** How many times {@code agent} was restarted; 0 for an agent it does not watch. */
    public long restarts(String agent) {
        AtomicLong count = restarts.get(agent);
        return count == null ? 0 : count.get();
    }

    /** Tells {@code listener} of every later restart, on the thread that restarted the agent. */
    public Subscription onRestart(Consumer<? super AgentRestarted> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    /**
     * Checks every agent now and restarts the dead ones; what the timer does every interval.
     *
     * @return the restarts, one per agent restarted
     */
    public List<AgentRestarted> check() {
        List<Supervised> watched;
        synchronized (this) {
            if (closed) {
                return List.of();
            }
            watched = List.copyOf(agents.values());
        }
        List<AgentRestarted> done = new ArrayList<>();
        for (Supervised agent : watched) {
            try {
                restartIfDead(agent).ifPresent(done::add);
            } catch (Throwable e) {
                LOG.error("supervising agent {} failed; tried again in {}, the other agents are supervised still",
                        agent.agentName(), interval, e);
            }
        }
        return done;
    }

    private Optional<AgentRestarted> restartIfDead(Supervised agent) {
        List<String> reasons = new ArrayList<>();
        for (Lifeline lifeline : agent.lifelines()) {
            Optional<String> death = lifeline.death(interval);
            if (death.isEmpty()) {
                continue;
            }
            try {
                lifeline.restart();
                reasons.add(lifeline.name() + ": " + death.get());
            } catch (RuntimeException e) {
                LOG.error("agent {}: restarting its {} failed; tried again in {}", agent.agentName(), lifeline.name(),
                        interval, e);
            }
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        String reason = String.join("; ", reasons);
        long count = restarts.get(agent.agentName()).incrementAndGet();
        AgentRestarted restarted = new AgentRestarted(scheduler.now(), agent.agentName(), reason, count);
        LOG.warn("agent {} restarted ({}); restart #{}", agent.agentName(), reason, count);
        events.accept(restarted);
        for (Consumer<? super AgentRestarted> listener : listeners) {
            try {
                listener.accept(restarted);
            } catch (RuntimeException e) {
                LOG.warn("a restart listener failed on {}", restarted, e);
            }
        }
        return Optional.of(restarted);
    }

    /**
     * Crashes {@code agent}: every thread it runs on dies of {@code cause} and every timer of it is dropped, as
     * fatal errors would; its state is kept. The supervisor finds it dead at its next check. What the chaos
     * agent's agent-crash fault does; nothing else should call it.
     *
     * @throws IllegalArgumentException if no agent of that name is watched, naming those that are
     * @throws IllegalStateException    if the agent runs nothing now that could crash
     */
    public void crash(String agent, AgentCrash cause) {
        Objects.requireNonNull(cause, "cause");
        Supervised target;
        synchronized (this) {
            target = agents.get(agent);
            if (target == null) {
                throw new IllegalArgumentException("no agent named '" + agent + "' runs in this runtime; "
                        + "pick one of " + agents.keySet());
            }
        }
        List<Lifeline> lifelines = target.lifelines();
        if (lifelines.isEmpty()) {
            throw new IllegalStateException("agent '" + agent + "' runs no thread or timer now, so nothing of it can "
                    + "crash (the configurator runs only while a canary bakes; the optimizer only once started)");
        }
        for (Lifeline lifeline : lifelines) {
            lifeline.crash(cause);
        }
    }

    /** Stops checking; the agents are left as they are. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.cancel();
        }
    }
}
