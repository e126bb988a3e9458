package io.hms.consensus.chaos;

import io.hms.api.ComponentSpec;
import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import io.hms.core.Hms;
import io.hms.core.HmsBuilder;
import io.hms.core.guard.CircuitBreaker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's calls to a dependency that every node shares, an HTTP endpoint of the test, through the guard of
 * component {@value #SHARED} whose breaker follows the cluster ({@code clusterBreaker}). The calls come at a
 * rate the test sets; each names the node ({@code ?node=}), so the endpoint counts who reached it.
 */
final class SharedCaller implements AutoCloseable {

    /** The component of the shared dependency. */
    static final String SHARED = "shared";

    /** Opens on 10 calls of a 20-call window, half failed; open 2 s; 2 probes. */
    static final BreakerPolicy BREAKER = new BreakerPolicy(WindowType.COUNT, 20, 50, 100, Duration.ofSeconds(5), 10,
            Duration.ofSeconds(2), 2);

    private static final Logger LOG = LoggerFactory.getLogger(SharedCaller.class);

    private final String node;
    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger heldByCluster = new AtomicInteger();
    private Hms runtime;
    private ScheduledFuture<?> calls;

    SharedCaller(String url, String node) {
        this.node = node;
        this.endpoint = URI.create(url + "?node=" + node);
    }

    /** {@code builder} with the shared component and its cluster breaker. */
    static HmsBuilder addTo(HmsBuilder builder) {
        GuardPolicy guard = new GuardPolicy(TimeoutPolicy.of(Duration.ofSeconds(1)), ConcurrencyLimitPolicy.fixed(50),
                BREAKER, RetryPolicy.none());
        return builder.component(ComponentSpec.of(SHARED).withPolicy(ComponentPolicy.defaults().withGuard(guard)))
                .clusterBreaker(SHARED);
    }

    /** Watches {@code hms}'s breaker transitions; call once the runtime is built. */
    void watch(Hms hms) {
        this.runtime = hms;
        hms.events().subscribe(BreakerTransition.class, t -> {
            LOG.info("node {}: {} {} -> {} ({})", node, t.component(), t.from(), t.to(), t.reason());
            if (t.to() == BreakerState.OPEN && t.reason().startsWith("opened by the cluster")) {
                heldByCluster.incrementAndGet();
            }
        });
    }

    /** Calls the dependency {@code perSecond} times a second from now on; 0 stops. */
    synchronized void rate(int perSecond) {
        if (calls != null) {
            calls.cancel(false);
        }
        calls = perSecond <= 0 ? null : ticks.scheduleAtFixedRate(() -> Thread.ofVirtual().start(this::callOnce), 0,
                1_000_000 / perSecond, TimeUnit.MICROSECONDS);
    }

    private void callOnce() {
        try {
            runtime.guard(SHARED).call(() -> {
                try {
                    int status = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(1)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 200) {
                        throw new IllegalStateException("the shared dependency answered " + status);
                    }
                    return status;
                } catch (IOException e) {
                    throw new IllegalStateException("the shared dependency cannot be reached", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            });
        } catch (RuntimeException e) {
            // refused or failed: what the breaker counts, and the endpoint's tally shows
        }
    }

    /** {@code <state> <held> <times held>}: the breaker now, and how often the cluster has held it open. */
    String breaker() {
        CircuitBreaker breaker = runtime.guard(SHARED).breaker();
        return breaker.state() + " " + breaker.heldOpen() + " " + heldByCluster.get();
    }

    @Override
    public void close() {
        ticks.shutdownNow();
    }
}
