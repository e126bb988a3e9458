package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.core.time.ManualScheduler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {

    private static final Predicate<Throwable> IO = e -> e instanceof UncheckedIOException;

    private final ManualScheduler time = new ManualScheduler();
    private final Guards guards = new Guards(time, new EventLog());
    private final AtomicInteger invocations = new AtomicInteger();

    @AfterEach
    void close() {
        guards.close();
    }

    private static GuardPolicy retrying(RetryPolicy retry) {
        return Policies.plain().withRetry(retry);
    }

    private static RetryPolicy noJitter(int attempts, long initialMs, double multiplier, long maxMs) {
        return new RetryPolicy(attempts, Duration.ofMillis(initialMs), multiplier, Duration.ofMillis(maxMs), 0.0);
    }

    private String failing() {
        invocations.incrementAndGet();
        throw new UncheckedIOException(new IOException("connection reset"));
    }

    @Test
    void retriesAFailingCallUpToMaxAttempts() {
        Guard guard = guards.register("db", retrying(noJitter(3, 10, 2, 1000)), IO);
        guard.trace().start();

        assertThatThrownBy(() -> guard.call(this::failing)).isInstanceOf(UncheckedIOException.class);

        assertThat(invocations).hasValue(3);
        GuardStats.Snapshot stats = guard.stats().snapshot();
        assertThat(stats.retries()).isEqualTo(2);
        assertThat(stats.failures()).isEqualTo(1);
        assertThat(guard.trace().snapshot().count(CallRecords.Outcome.FAILURE)).isEqualTo(3);
    }

    @Test
    void stopsRetryingOnSuccess() {
        Guard guard = guards.register("db", retrying(noJitter(5, 10, 2, 1000)), IO);

        String value = guard.call(() -> invocations.get() < 2 ? failing() : "ok" + invocations.incrementAndGet());

        assertThat(value).isEqualTo("ok3");
        assertThat(guard.stats().snapshot().successes()).isEqualTo(1);
        assertThat(guard.stats().snapshot().retries()).isEqualTo(2);
    }

    @Test
    void backoffGrowsExponentiallyUpToTheCap() {
        Guard guard = guards.register("db", retrying(noJitter(5, 100, 2, 300)), IO);
        guard.trace().start();
        long start = time.nanoTime();

        assertThatThrownBy(() -> guard.call(this::failing)).isInstanceOf(UncheckedIOException.class);

        assertThat(Duration.ofNanos(time.nanoTime() - start)).isEqualTo(Duration.ofMillis(100 + 200 + 300 + 300));
        CallRecords trace = guard.trace().snapshot();
        assertThat(trace.size()).isEqualTo(5);
        long[] gaps = new long[4];
        for (int i = 0; i < 4; i++) {
            gaps[i] = Duration.ofNanos(trace.startNanos(i + 1) - trace.startNanos(i)).toMillis();
        }
        assertThat(gaps).containsExactly(100, 200, 300, 300);
    }

    @Test
    void jitterSpreadsTheWaitWithinItsBounds() {
        RetryPolicy retry = new RetryPolicy(2, Duration.ofMillis(100), 1.0, Duration.ofMillis(100), 0.5);
        Guard guard = guards.register("db", retrying(retry).withBreaker(Policies.countBreaker(1000, 1000)), IO);
        long shortest = Long.MAX_VALUE;
        long longest = 0;

        for (int i = 0; i < 200; i++) {
            long start = time.nanoTime();
            assertThatThrownBy(() -> guard.call(this::failing)).isInstanceOf(UncheckedIOException.class);
            long waited = time.nanoTime() - start;
            shortest = Math.min(shortest, waited);
            longest = Math.max(longest, waited);
        }

        assertThat(shortest).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
        assertThat(longest).isLessThanOrEqualTo(Duration.ofMillis(150).toNanos());
        assertThat(longest - shortest).as("jitter spreads the waits").isGreaterThan(Duration.ofMillis(50).toNanos());
    }

    @Test
    void retriesOnlyWhatThePredicateAccepts() {
        Guard guard = guards.register("db", retrying(noJitter(3, 10, 2, 1000)), IO);

        assertThatThrownBy(() -> guard.call(() -> {
            invocations.incrementAndGet();
            throw new IllegalArgumentException("bad request");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(invocations).hasValue(1);
        assertThat(guard.stats().snapshot().retries()).isZero();
    }

    @Test
    void neverRetriesABreakerRefusal() {
        Guard guard = guards.register("db", retrying(noJitter(3, 10, 2, 1000))
                .withBreaker(Policies.countBreaker(1, 1)), e -> true);
        assertThatThrownBy(() -> guard.call(this::failing)).isInstanceOf(UncheckedIOException.class);
        invocations.set(0);
        long before = time.nanoTime();

        assertThatThrownBy(() -> guard.call(this::failing)).isInstanceOf(CallNotPermittedException.class);

        assertThat(invocations).hasValue(0);
        assertThat(time.nanoTime()).isEqualTo(before); // no backoff either
        assertThat(guard.stats().snapshot().rejectedByBreaker()).isEqualTo(1);
    }

    @Test
    void neverRetriesALimitRefusal() {
        Guard guard = guards.register("db", retrying(noJitter(3, 10, 2, 1000))
                .withLimit(io.hms.api.policy.ConcurrencyLimitPolicy.fixed(1)), e -> true);
        assertThat(guard.limiter().tryAcquire()).isTrue(); // the only place is taken

        assertThatThrownBy(() -> guard.call(this::failing)).isInstanceOf(LimitExceededException.class);

        assertThat(invocations).hasValue(0);
        assertThat(guard.stats().snapshot().rejectedByLimit()).isEqualTo(1);
        assertThat(guard.stats().snapshot().retries()).isZero();
    }

    @Test
    void neverRetriesARefusalThrownByANestedGuard() {
        Guard inner = guards.register("cache", Policies.plain()
                .withLimit(io.hms.api.policy.ConcurrencyLimitPolicy.fixed(1)), e -> true);
        Guard outer = guards.register("api", retrying(noJitter(3, 10, 2, 1000)), e -> true);
        inner.limiter().tryAcquire();

        assertThatThrownBy(() -> outer.call(() -> {
            invocations.incrementAndGet();
            return inner.call(() -> "never");
        })).isInstanceOf(LimitExceededException.class);

        assertThat(invocations).hasValue(1);
    }

    @Test
    void everyRetryPassesTheBreakerSoAnOpeningBreakerStopsTheStorm() {
        Guard guard = guards.register("db", retrying(noJitter(10, 10, 1, 10))
                .withBreaker(Policies.countBreaker(2, 2)), IO);
        guard.trace().start();

        assertThatThrownBy(() -> guard.call(this::failing)).isInstanceOf(UncheckedIOException.class);

        assertThat(invocations).hasValue(2); // the breaker opened after two failed attempts
        CallRecords trace = guard.trace().snapshot();
        assertThat(trace.outcomes()).containsExactly(CallRecords.Outcome.FAILURE, CallRecords.Outcome.FAILURE, CallRecords.Outcome.REJECTED);
        GuardStats.Snapshot stats = guard.stats().snapshot();
        assertThat(stats.failures()).isEqualTo(1);
        assertThat(stats.rejectedByBreaker()).isZero();
        assertThat(stats.calls()).isEqualTo(1);
    }

    @Test
    void interruptedBackoffStopsRetryingAndKeepsTheFlag() {
        RetryPolicy retry = noJitter(3, 10, 2, 1000);
        io.hms.core.time.Scheduler interrupting = new io.hms.core.time.Scheduler() {
            @Override
            public java.time.Instant now() {
                return time.now();
            }

            @Override
            public long nanoTime() {
                return time.nanoTime();
            }

            @Override
            public io.hms.core.time.Cancellable schedule(Duration delay, Runnable task) {
                return time.schedule(delay, task);
            }

            @Override
            public io.hms.core.time.Cancellable scheduleAtFixedRate(Duration period, Runnable task) {
                return time.scheduleAtFixedRate(period, task);
            }

            @Override
            public void sleepNanos(long nanos) throws InterruptedException {
                throw new InterruptedException();
            }
        };
        try (Guards own = new Guards(interrupting, new EventLog())) {
            Guard interrupted = own.register("db", retrying(retry), IO);
            assertThatThrownBy(() -> interrupted.call(this::failing)).isInstanceOf(UncheckedIOException.class);
            assertThat(Thread.interrupted()).isTrue();
        }
        assertThat(invocations).hasValue(1);
    }
}
