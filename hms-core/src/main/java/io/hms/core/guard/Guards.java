package io.hms.core.guard;

import io.hms.api.FallbackFunction;
import io.hms.api.Names;
import io.hms.api.event.HmsEvent;
import io.hms.api.policy.GuardPolicy;
import io.hms.core.guard.internal.DeadlineWatchdog;
import io.hms.core.guard.internal.GuardControl;
import io.hms.core.guard.internal.GuardFaults;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The guards of a runtime, one {@link Guard} per component, sharing one clock, one event sink and
 * one timeout watchdog (a task on the scheduler that interrupts calls past their deadline).
 *
 * <pre>{@code
 * try (Guards guards = new Guards(scheduler, bus::publish)) {
 *     guards.register("inventory", GuardPolicy.defaults(), ComponentSpec.RETRY_ON_EXCEPTIONS);
 *     guards.control().fallback("inventory", cause -> Stock.UNKNOWN);
 *     Stock stock = guards.guard("inventory").call(() -> client.stock(sku));
 * }
 * }</pre>
 *
 * <p>Whoever builds a {@code Guards} owns it, and with it the two capabilities that change its guards:
 * {@link #control()} (policy, fallback, canary) and {@link #faults()} (injected faults). A runtime
 * keeps its {@code Guards} to itself, hands {@code control()} to its registry wiring and the
 * configurator's canaries, {@code faults()} to the chaos agent only when chaos is enabled, and offers
 * hosts the {@link Guard}s, whose public face is calls and reads.
 *
 * <p>Thread-safety: all methods may be called from any thread; lookups are lock-free.
 */
public final class Guards implements AutoCloseable {

    /** How often the watchdog looks for calls past their deadline, unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT_RESOLUTION = Duration.ofMillis(5);

    private final Scheduler scheduler;
    private final Consumer<? super HmsEvent> events;
    private final DeadlineWatchdog watchdog;
    private final int traceCapacity;
    private final ConcurrentMap<String, Guard> guards = new ConcurrentHashMap<>();
    private final GuardControl control = new Control();
    private final GuardFaults faults = (component, fault) -> guard(component).fault(fault);

    /**
     * Guards with a 5 ms timeout resolution and traces of {@link CallTrace#DEFAULT_CAPACITY} (each
     * recording once started).
     *
     * @param scheduler the clock of every guard; also runs the timeout watchdog
     * @param events    where {@code BreakerTransition} events go
     */
    public Guards(Scheduler scheduler, Consumer<? super HmsEvent> events) {
        this(scheduler, events, DEFAULT_TIMEOUT_RESOLUTION, CallTrace.DEFAULT_CAPACITY);
    }

    /**
     * @param scheduler         the clock of every guard; also runs the timeout watchdog
     * @param events            where {@code BreakerTransition} events go
     * @param timeoutResolution how often the watchdog runs: a call is interrupted at most this late
     * @param traceCapacity     how many attempts each guard's trace keeps once {@linkplain CallTrace#start()
     *                          started} (rounded up to a power of two); 0 for traces that never record
     */
    public Guards(Scheduler scheduler, Consumer<? super HmsEvent> events, Duration timeoutResolution,
                  int traceCapacity) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.events = Objects.requireNonNull(events, "events");
        new CallTrace(traceCapacity); // validates
        this.traceCapacity = traceCapacity;
        this.watchdog = new DeadlineWatchdog(scheduler, Objects.requireNonNull(timeoutResolution,
                "timeoutResolution"));
    }

    /**
     * Creates the guard of {@code component}.
     *
     * @param retryOn which exceptions of a failed attempt are retried (the policy says how often)
     * @throws IllegalArgumentException if the component already has a guard, or its name is invalid
     * @throws IllegalStateException    after {@link #close()}
     */
    public Guard register(String component, GuardPolicy policy, Predicate<? super Throwable> retryOn) {
        if (watchdog.closed()) {
            throw new IllegalStateException("these guards are closed; no guard for '" + component + "' can be added. "
                    + "Build and start a new runtime with Hms.builder()");
        }
        Names.requireName(component, "component name");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(retryOn, "retryOn");
        Guard guard = new Guard(component, policy, retryOn, scheduler, watchdog, events, traceCapacity);
        if (guards.putIfAbsent(component, guard) != null) {
            throw new IllegalArgumentException("component '" + component + "' already has a guard; "
                    + "change its policy with control().updatePolicy(\"" + component + "\", ...) instead");
        }
        return guard;
    }

    /**
     * The guard of {@code component}.
     *
     * @throws IllegalArgumentException naming the component and the known ones if it has no guard
     * @throws NullPointerException     naming the argument if it is null
     */
    public Guard guard(String component) {
        Guard guard = guards.get(requireComponent(component));
        if (guard == null) {
            throw new IllegalArgumentException("unknown component '" + component + "'; declare it with "
                    + "ComponentSpec.of(\"" + component + "\") on the runtime builder or a plugin, or "
                    + "Guards.register(...) (known: " + String.join(", ", known()) + ")");
        }
        return guard;
    }

    /** The guard of {@code component}, if registered. */
    public Optional<Guard> find(String component) {
        return Optional.ofNullable(guards.get(requireComponent(component)));
    }

    private static String requireComponent(String component) {
        return Objects.requireNonNull(component, "component must not be null; pass the name of a declared "
                + "component, e.g. hms.guard(\"inventory\")");
    }

    /**
     * The capability to change these guards: policy, fallback, canary. Hand it only to what may change
     * them; a runtime gives it to its registry wiring and its configurator's canaries.
     */
    public GuardControl control() {
        return control;
    }

    /**
     * The capability to inject faults into these guards' calls. Hand it only to a chaos agent that is
     * enabled; a runtime whose chaos is disabled gives it to nobody.
     */
    public GuardFaults faults() {
        return faults;
    }

    /** Every guard, in no particular order (a snapshot). */
    public Collection<Guard> all() {
        return List.copyOf(guards.values());
    }

    /** The control of these guards: each change goes to the named guard, found or refused by {@link #guard}. */
    private final class Control implements GuardControl {

        @Override
        public void updatePolicy(String component, GuardPolicy policy) {
            guard(component).updatePolicy(Objects.requireNonNull(policy, "policy"));
        }

        @Override
        public void fallback(String component, FallbackFunction fallbackOrNull) {
            guard(component).fallback(fallbackOrNull);
        }

        @Override
        public void startCanary(String component, GuardPolicy candidate, double fraction) {
            guard(component).startCanary(candidate, fraction);
        }

        @Override
        public void stopCanary(String component) {
            guard(component).stopCanary();
        }
    }

    private List<String> known() {
        return guards.keySet().stream().sorted().toList();
    }

    /**
     * Closes every guard. A call in flight with a timeout is interrupted at once and ends with a
     * {@link GuardClosedException} (its code's exception as the cause), so none runs on without its
     * deadline; a call in flight without a timeout finishes as it would. Every attempt that would start
     * afterwards, a retry included, is refused with a {@link GuardClosedException} before its code runs.
     * Neither outcome is retried or answered by the fallback. Also stops the timeout watchdog and any
     * clock task a guard's breaker started for {@link CircuitBreaker#call}. Idempotent.
     */
    @Override
    public void close() {
        watchdog.close();
        guards.values().forEach(guard -> guard.breaker().close());
    }
}
