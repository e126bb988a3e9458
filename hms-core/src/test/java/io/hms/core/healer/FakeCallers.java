package io.hms.core.healer;

import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.core.event.EventBus;
import io.hms.core.time.Scheduler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Breakers as callers would drive them: {@link #probeNow} moves an OPEN breaker to HALF_OPEN and then, as
 * the probing calls would, to CLOSED when the dependency serves calls or back to OPEN when it does not. A
 * component marked {@link #silent} gets no calls: its breaker stays HALF_OPEN.
 */
final class FakeCallers implements CallerView {

    private final EventBus events;
    private final Scheduler time;
    private final Map<String, BreakerState> states = new ConcurrentHashMap<>();
    private final Map<String, Boolean> serving = new ConcurrentHashMap<>();
    private final Map<String, Boolean> silent = new ConcurrentHashMap<>();
    final AtomicInteger probes = new AtomicInteger();

    FakeCallers(EventBus events, Scheduler time) {
        this.events = events;
        this.time = time;
    }

    /** Whether calls to {@code component} succeed. */
    void serving(String component, boolean value) {
        serving.put(component, value);
    }

    /** No call reaches {@code component}. */
    void silent(String component) {
        silent.put(component, true);
    }

    /** The breaker of {@code component} moves to {@code to}, published as the guard would. */
    void move(String component, BreakerState to, String reason) {
        BreakerState from = breakerState(component);
        states.put(component, to);
        events.publish(new BreakerTransition(time.now(), component, from, to, reason));
    }

    @Override
    public BreakerState breakerState(String component) {
        return states.getOrDefault(component, BreakerState.CLOSED);
    }

    @Override
    public boolean probeNow(String component, String reason) {
        if (breakerState(component) != BreakerState.OPEN) {
            return false;
        }
        probes.incrementAndGet();
        move(component, BreakerState.HALF_OPEN, reason);
        if (!silent.getOrDefault(component, false)) {
            boolean ok = serving.getOrDefault(component, false);
            move(component, ok ? BreakerState.CLOSED : BreakerState.OPEN, ok ? "probes succeeded" : "probes failed");
        }
        return true;
    }
}
