package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.time.ManualScheduler;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The hot path is sacred: with a closed breaker and successful calls a guarded call allocates
 * nothing. Measured with the JVM's per-thread allocation counter, so this asserts behaviour, not
 * timing. The benchmarks confirm it with {@code -prof gc}.
 */
class SteadyStateAllocationTest {

    private static final int CALLS = 50_000;

    private final ManualScheduler time = new ManualScheduler();
    private final Supplier<String> payload = () -> "value";

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }

    /** Bytes {@code calls} allocates once warm, less what reading the counter allocates itself. */
    private static long allocationOf(Runnable calls) {
        for (int i = 0; i < 3; i++) {
            calls.run(); // warm up: thread-local slots, class loading, compilation
        }
        long start = allocatedBytes();
        long overhead = allocatedBytes() - start;
        long before = allocatedBytes();
        calls.run();
        return allocatedBytes() - before - overhead;
    }

    @Test
    void aSuccessfulGuardedCallAllocatesNothing() {
        assertThat(allocationOfGuardedCalls(false)).as("bytes allocated by %d calls", CALLS).isLessThan(256);
    }

    @Test
    void aSuccessfulGuardedCallAllocatesNothingWhileItsTraceRecords() {
        assertThat(allocationOfGuardedCalls(true)).as("bytes allocated by %d traced calls", CALLS).isLessThan(256);
    }

    private long allocationOfGuardedCalls(boolean traced) {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        try (Guards guards = new Guards(time, new EventLog())) {
            GuardPolicy policy = new GuardPolicy(TimeoutPolicy.of(Duration.ofSeconds(1)),
                    ConcurrencyLimitPolicy.defaults(), Policies.countBreaker(50, 20), RetryPolicy.defaults());
            Guard guard = guards.register("db", policy, e -> true);
            guard.fallback(cause -> "fallback");
            if (traced) {
                guard.trace().start();
            }

            long bytes = allocationOf(() -> {
                for (int i = 0; i < CALLS; i++) {
                    guard.call(payload);
                }
            });

            assertThat(guard.trace().recorded()).isEqualTo(traced ? 4L * CALLS : 0);
            return bytes;
        }
    }

    @Test
    void aBreakerCallAndARefusalAllocateNothing() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        CircuitBreaker closed = CircuitBreaker.of("db", Policies.countBreaker(50, 20), time, new EventLog());
        CircuitBreaker open = CircuitBreaker.of("db", Policies.countBreaker(1, 1), time, new EventLog());
        open.onError(1);

        long bytes = allocationOf(() -> {
            for (int i = 0; i < CALLS; i++) {
                closed.call(payload);
                try {
                    open.call(payload);
                } catch (CallNotPermittedException expected) {
                    // the shared refusal
                }
            }
        });

        assertThat(bytes).as("bytes allocated by %d calls", CALLS).isLessThan(256);
    }
}
