package io.hms.benchmarks.admin;

import io.hms.api.event.AdminAction;
import io.hms.core.Hms;
import io.hms.core.admin.AdminOptions;
import io.hms.core.coordinator.LocalCoordinator;
import io.hms.core.time.SystemScheduler;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long an event takes from the bus to every client of the admin API's event stream while the bus
 * carries {@code eventsPerSecond} other events: a started runtime with the admin API on a loopback port,
 * {@code clients} clients following {@code /hms/api/events} over HTTP on threads of their own, and a pacer
 * thread publishing the load at a fixed rate (open loop: it does not wait for delivery).
 *
 * <p>Before the load starts, 20,000 probes go out one at a time, so the path is compiled at the pace it can
 * deliver rather than flooded while it is still interpreted. One operation publishes a probe event and waits until every client has read its frame, so JMH's
 * sample-time percentiles are the delivery latency of the slowest of the clients, p99 included. A client the
 * server drops for falling behind fails the run instead of leaving a figure measured with fewer clients. The
 * teardown prints the load rate the pacer reached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EventStreamBenchmark {

    private static final String TOKEN = "bench-token-0123456789abcdef";
    private static final Instant T = Instant.EPOCH;
    private static final AdminAction LOAD = new AdminAction(T, "token:bench", "load", "bench", 200, "");

    /** Events per second the pacer publishes besides the probes. */
    @Param("10000")
    public int eventsPerSecond;

    /** Clients following the stream. */
    @Param("3")
    public int clients;

    /** Frames a client may fall behind before it is dropped ({@code AdminOptions.clientQueue}). */
    @Param("1024")
    public int clientQueue;

    private SystemScheduler scheduler;
    private LocalCoordinator coordinator;
    private Hms hms;
    private final List<SseClient> followers = new ArrayList<>();
    private Thread pacer;
    private volatile boolean pacing;
    private volatile long published;
    private long pacingSince;
    private long sequence;
    private volatile CountDownLatch arrived = new CountDownLatch(0);
    private volatile long awaited = -1;

    /** Starts the runtime, connects the clients, checks that each receives, then starts the pacer. */
    @Setup
    public void setUp() throws InterruptedException {
        scheduler = new SystemScheduler();
        coordinator = new LocalCoordinator("bench", scheduler);
        hms = Hms.builder().scheduler(scheduler).coordinator(coordinator).discoverOptimizer(false)
                .discoverPlugins(false).component("bench")
                .admin(AdminOptions.builder().token(TOKEN).clientQueue(clientQueue).build()).build().start();
        URI events = hms.admin().orElseThrow().uri().resolve("api/events");
        for (int i = 0; i < clients; i++) {
            followers.add(SseClient.follow(events, TOKEN, "sse-client-" + i, this::onData));
        }
        for (int attempt = 0; !probeArrives(TimeUnit.MILLISECONDS.toNanos(200)); attempt++) {
            if (attempt == 50) {
                throw new IllegalStateException("the clients did not receive a probe within 10 s of connecting");
            }
        }
        for (int i = 0; i < 20_000; i++) { // the path compiled at the pace it delivers, before the open-loop load
            if (!probeArrives(TimeUnit.SECONDS.toNanos(10))) {
                throw new IllegalStateException("a warm-up probe did not reach every client within 10 s");
            }
        }
        pacing = true;
        pacingSince = System.nanoTime();
        pacer = Thread.ofPlatform().daemon().name("pacer").start(this::pace);
    }

    private void pace() {
        long tick = TimeUnit.MILLISECONDS.toNanos(1);
        int perTick = Math.max(1, eventsPerSecond / 1000);
        long next = System.nanoTime();
        long count = 0;
        while (pacing) {
            for (int i = 0; i < perTick; i++) {
                hms.events().publish(LOAD);
            }
            count += perTick;
            published = count;
            next += tick;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    private void onData(String line) {
        int at = line.indexOf("\"probe-");
        if (at < 0) {
            return;
        }
        int end = line.indexOf('"', at + 7);
        if (Long.parseLong(line, at + 7, end, 10) == awaited) {
            arrived.countDown();
        }
    }

    private boolean probeArrives(long timeoutNanos) throws InterruptedException {
        long probe = ++sequence;
        CountDownLatch latch = new CountDownLatch(clients);
        arrived = latch;
        awaited = probe; // after the latch: a client that sees this probe's number sees its latch
        hms.events().publish(new AdminAction(T, "token:bench", "probe", "bench", 200, "probe-" + probe));
        return latch.await(timeoutNanos, TimeUnit.NANOSECONDS);
    }

    /** Publishes one probe and returns once every client has read it. */
    @Benchmark
    public long deliveredToEveryClient() throws InterruptedException {
        if (!probeArrives(TimeUnit.SECONDS.toNanos(10))) {
            for (SseClient client : followers) {
                if (client.dropped() != null) {
                    throw new IllegalStateException("a client was dropped: " + client.dropped());
                }
            }
            throw new IllegalStateException("a probe did not reach every client within 10 s");
        }
        return sequence;
    }

    /** Stops the pacer, prints the rate it reached, and closes the clients and the runtime. */
    @TearDown
    public void tearDown() throws IOException, InterruptedException {
        double rate = published / ((System.nanoTime() - pacingSince) / 1e9);
        pacing = false;
        pacer.join();
        for (SseClient client : followers) {
            if (client.dropped() != null) {
                throw new IllegalStateException("a client was dropped: " + client.dropped());
            }
            client.close();
        }
        System.out.printf("%nload: %.0f events/s besides the probes, %d clients, none dropped%n", rate, clients);
        hms.close();
        coordinator.close();
        scheduler.close();
    }
}
