package io.hms.core.chaos;

import io.hms.api.event.ChaosInjected;
import io.hms.api.event.ChaosReverted;
import io.hms.api.event.HmsEvent;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import io.hms.core.guard.Guards;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A chaos agent on a manual clock, one guarded component "db", and the events it published; shared by the
 * tests of the agent and of experiments.
 */
public final class ChaosFixture implements AutoCloseable {

    public final ManualScheduler time = new ManualScheduler();
    public final List<HmsEvent> events = new ArrayList<>();
    public final Guards guards = new Guards(time, this::publish);
    public final Chaos chaos;

    public ChaosFixture(ChaosOptions options) {
        guards.register("db", policy(), e -> true);
        chaos = new Chaos(options, time, guards, this::publish);
    }

    public ChaosFixture() {
        this(ChaosOptions.enabled());
    }

    /** A 1 s timeout, a fixed limit of 4, a breaker that needs 100 calls, no retry. */
    static GuardPolicy policy() {
        return new GuardPolicy(TimeoutPolicy.of(Duration.ofSeconds(1)),
                new ConcurrencyLimitPolicy(LimitAlgorithm.FIXED, 4, 4, 4, 0.9, Duration.ofSeconds(1), 1.5),
                new BreakerPolicy(WindowType.COUNT, 100, 50f, 100f, Duration.ofSeconds(1), 100,
                        Duration.ofSeconds(10), 3),
                RetryPolicy.none());
    }

    private synchronized void publish(HmsEvent event) {
        events.add(event);
    }

    public synchronized List<String> chaosLines() {
        List<String> lines = new ArrayList<>();
        for (HmsEvent e : events) {
            if (e instanceof ChaosInjected i) {
                lines.add("injected " + i.faultId() + " " + i.kind() + " " + i.target());
            } else if (e instanceof ChaosReverted r) {
                lines.add("reverted " + r.faultId() + " " + r.kind() + " " + r.target() + ": " + r.reason());
            }
        }
        return lines;
    }

    @Override
    public void close() {
        chaos.close();
        guards.close();
    }
}
