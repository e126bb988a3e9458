package io.hms.examples.cluster;

import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.core.Hms;
import io.hms.core.HmsBuilder;
import io.hms.core.guard.CircuitBreaker;
import io.hms.core.swarm.Sighting;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A demo instance's calls to {@code payments}, a service every instance of the cluster calls: here each
 * instance's stand-in answers in 2 ms, or fails in 5 ms while the demo says the service is down. Its breaker
 * follows the cluster ({@code clusterBreaker("payments")}): once two instances opened theirs on their own calls,
 * the third is held open before its own calls would have told it.
 */
final class SharedPayments implements AutoCloseable {

    private final String name;
    private final PrintStream out;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean down;
    private Hms hms;
    private ScheduledFuture<?> calls;

    SharedPayments(String name, PrintStream out) {
        this.name = name;
        this.out = out;
    }

    /** {@code builder} with the payments component and its cluster breaker. */
    HmsBuilder addTo(HmsBuilder builder) {
        return builder.component("payments").clusterBreaker("payments");
    }

    /** Narrates {@code runtime}'s payments breaker; call once it is built. */
    void watch(Hms runtime) {
        this.hms = runtime;
        runtime.events().subscribe(BreakerTransition.class, t -> {
            if (t.component().equals("payments")) {
                out.println("[" + name + "] payments breaker " + t.from() + " -> " + t.to() + ": " + t.reason());
            }
        });
    }

    /** The service down or up, called {@code perSecond} times a second from now on. */
    synchronized void set(boolean value, int perSecond) {
        down = value;
        if (calls != null) {
            calls.cancel(false);
        }
        calls = ticks.scheduleAtFixedRate(() -> Thread.ofVirtual().start(this::callOnce), 0, 1_000_000 / perSecond,
                TimeUnit.MICROSECONDS);
    }

    private void callOnce() {
        try {
            hms.guard("payments").call(() -> {
                if (down) {
                    failed.incrementAndGet();
                    LockSupport.parkNanos(5_000_000);
                    throw new IllegalStateException("payments is down");
                }
                LockSupport.parkNanos(2_000_000);
                return "paid";
            });
        } catch (RuntimeException refusedOrFailed) {
            // the breaker counts it; the narration shows what it decided
        }
    }

    /**
     * {@code <breaker state> <held by the cluster> <attempts that reached the service while it was down> <other
     * instances whose payments breaker this one knows OPEN>}.
     */
    String status() {
        CircuitBreaker breaker = hms.guard("payments").breaker();
        long othersOpen = hms.swarm().component("payments").stream().skip(1)
                .filter(s -> s.state().breaker() == BreakerState.OPEN).count();
        return breaker.state() + " " + breaker.heldOpen() + " " + failed.get() + " " + othersOpen;
    }

    /** Prints what this instance knows of payments on every instance of the cluster. */
    void printCluster() {
        for (Sighting s : hms.swarm().component("payments")) {
            out.printf("   [%s] sees %-7s health %s, breaker %s (%d ms old)%n", name, s.nodeId(), s.state().health(),
                    s.state().breaker(), s.age().toMillis());
        }
    }

    @Override
    public void close() {
        ticks.shutdownNow();
    }
}
