package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A call that finds the limit full waits up to the policy's {@code maxWait} for a place: it is served when
 * one frees in time, refused when none does, and refused at once when interrupted. Waits are real time;
 * deadlines are a minute, so a loaded machine only makes the tests slower.
 */
class LimitWaitTest {

    private static final Duration LONG_WAIT = Duration.ofMinutes(1);

    private final ManualScheduler time = new ManualScheduler();

    private static GuardPolicy oneAtATime(Duration maxWait) {
        return Policies.plain().withLimit(ConcurrencyLimitPolicy.fixed(1).withMaxWait(maxWait));
    }

    /** Starts a call on its own thread; the future holds its answer or what it threw. */
    private static CompletableFuture<String> callAside(Guard guard, CountDownLatch holdUntil, String answer) {
        CompletableFuture<String> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                done.complete(guard.callChecked(() -> {
                    holdUntil.await();
                    return answer;
                }));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "test-caller-" + answer);
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    /** A call that takes the guard's one place and holds it until {@code until} opens; answers "first". */
    private static CompletableFuture<String> holdTheOnlyPlace(Guard guard, CountDownLatch until) {
        CompletableFuture<String> holder = callAside(guard, until, "first");
        awaitTrue(() -> guard.limiter().inFlight() == 1);
        return holder;
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waited a minute for the condition").isNegative();
            Thread.onSpinWait();
        }
    }

    @Test
    void aCallThatFindsTheLimitFullWaitsForAPlaceAndIsServed() throws Exception {
        try (Guards guards = new Guards(time, new EventLog())) {
            Guard guard = guards.register("db", oneAtATime(LONG_WAIT), e -> false);
            guard.trace().start();
            CountDownLatch first = new CountDownLatch(1);
            CompletableFuture<String> holder = holdTheOnlyPlace(guard, first);
            CompletableFuture<String> waiter = callAside(guard, new CountDownLatch(0), "second");
            awaitTrue(() -> guard.limiter().waiting() == 1);
            assertThat(waiter).isNotDone();
            time.advance(Duration.ofMillis(7)); // the guard's clock: the second call waits 7 ms by it

            first.countDown();

            assertThat(holder.get(1, TimeUnit.MINUTES)).isEqualTo("first");
            assertThat(waiter.get(1, TimeUnit.MINUTES)).isEqualTo("second");
            GuardStats.Snapshot stats = guard.stats().snapshot();
            assertThat(stats.successes()).isEqualTo(2);
            assertThat(stats.rejectedByLimit()).isZero();
            assertThat(guard.limiter().inFlight()).isZero();
            assertThat(guard.limiter().waiting()).isZero();
            CallRecords trace = guard.trace().snapshot();
            assertThat(trace.size()).isEqualTo(2);
            assertThat(trace.waitNanos()).as("the trace keeps when the waiting call arrived")
                    .containsExactlyInAnyOrder(0L, Duration.ofMillis(7).toNanos());
        }
    }

    @Test
    void aCallWhoseWaitRunsOutIsRefusedAfterItsWait() throws Exception {
        try (Guards guards = new Guards(time, new EventLog())) {
            Guard guard = guards.register("db", oneAtATime(Duration.ofMillis(20)), e -> false);
            CountDownLatch first = new CountDownLatch(1);
            CompletableFuture<String> holder = holdTheOnlyPlace(guard, first);

            long start = System.nanoTime();
            assertThatThrownBy(() -> guard.call(() -> "second")).isInstanceOf(LimitExceededException.class);
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(20));

            first.countDown();
            assertThat(holder.get(1, TimeUnit.MINUTES)).isEqualTo("first");
            assertThat(guard.stats().snapshot().rejectedByLimit()).isEqualTo(1);
            assertThat(guard.limiter().inFlight()).isZero();
        }
    }

    @Test
    void withoutAWaitAFullLimitRefusesAtOnce() throws Exception {
        try (Guards guards = new Guards(time, new EventLog())) {
            Guard guard = guards.register("db", oneAtATime(Duration.ZERO), e -> false);
            CountDownLatch first = new CountDownLatch(1);
            CompletableFuture<String> holder = holdTheOnlyPlace(guard, first);

            assertThatThrownBy(() -> guard.call(() -> "second")).isInstanceOf(LimitExceededException.class);
            assertThat(guard.limiter().waiting()).isZero();

            first.countDown();
            assertThat(holder.get(1, TimeUnit.MINUTES)).isEqualTo("first");
        }
    }

    @Test
    void anInterruptedWaiterIsRefusedAndKeepsItsInterrupt() throws Exception {
        try (Guards guards = new Guards(time, new EventLog())) {
            Guard guard = guards.register("db", oneAtATime(LONG_WAIT), e -> false);
            CountDownLatch first = new CountDownLatch(1);
            CompletableFuture<String> holder = holdTheOnlyPlace(guard, first);
            CompletableFuture<Boolean> interruptKept = new CompletableFuture<>();
            Thread waiter = new Thread(() -> {
                try {
                    guard.call(() -> "second");
                    interruptKept.completeExceptionally(new AssertionError("served while the limit was full"));
                } catch (LimitExceededException e) {
                    interruptKept.complete(Thread.currentThread().isInterrupted());
                } catch (Throwable e) {
                    interruptKept.completeExceptionally(e);
                }
            }, "test-waiter");
            waiter.setDaemon(true);
            waiter.start();
            awaitTrue(() -> guard.limiter().waiting() == 1);

            waiter.interrupt();

            assertThat(interruptKept.get(1, TimeUnit.MINUTES)).isTrue();
            first.countDown();
            assertThat(holder.get(1, TimeUnit.MINUTES)).isEqualTo("first");
            assertThat(guard.limiter().inFlight()).isZero();
        }
    }

    @Test
    void aCallStillWaitingWhenTheGuardsCloseIsRefusedAsClosedNotAnsweredByItsFallback() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CompletableFuture<String> waiter;
        try (Guards guards = new Guards(time, new EventLog())) {
            Guard guard = guards.register("db", oneAtATime(Duration.ofMillis(200)), e -> false);
            guard.fallback(cause -> "fallback");
            holdTheOnlyPlace(guard, first);
            waiter = callAside(guard, new CountDownLatch(0), "second");
            awaitTrue(() -> guard.limiter().waiting() == 1);
        }
        try {
            assertThatThrownBy(() -> waiter.get(1, TimeUnit.MINUTES))
                    .hasCauseInstanceOf(GuardClosedException.class);
        } finally {
            first.countDown();
        }
    }

    @Test
    void aLimitRaisedByANewPolicyLetsAWaiterIn() throws Exception {
        try (Guards guards = new Guards(time, new EventLog())) {
            Guard guard = guards.register("db", oneAtATime(LONG_WAIT), e -> false);
            CountDownLatch first = new CountDownLatch(1);
            CompletableFuture<String> holder = holdTheOnlyPlace(guard, first);
            CompletableFuture<String> waiter = callAside(guard, new CountDownLatch(0), "second");
            awaitTrue(() -> guard.limiter().waiting() == 1);

            guard.updatePolicy(guard.policy().withLimit(ConcurrencyLimitPolicy.fixed(2).withMaxWait(LONG_WAIT)));

            assertThat(waiter.get(1, TimeUnit.MINUTES)).isEqualTo("second");
            assertThat(holder).isNotDone();
            first.countDown();
            assertThat(holder.get(1, TimeUnit.MINUTES)).isEqualTo("first");
        }
    }

    @Test
    void racingCallersThatMayWaitAreAllServedAndNeverExceedTheLimit() throws Exception {
        int threads = 4;
        int calls = 2_000;
        try (Guards guards = new Guards(time, new EventLog())) {
            Guard guard = guards.register("db", Policies.plain()
                    .withLimit(ConcurrencyLimitPolicy.fixed(2).withMaxWait(LONG_WAIT)), e -> false);
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger mostInside = new AtomicInteger();

            Racers.race(threads, Duration.ofMinutes(5), () -> {
                for (int i = 0; i < calls; i++) {
                    guard.call(() -> {
                        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.yield();
                        inside.decrementAndGet();
                        return "ok";
                    });
                }
            });

            GuardStats.Snapshot stats = guard.stats().snapshot();
            assertThat(stats.successes()).isEqualTo((long) threads * calls);
            assertThat(stats.rejectedByLimit()).isZero();
            assertThat(mostInside.get()).isLessThanOrEqualTo(2);
            assertThat(guard.limiter().inFlight()).isZero();
        }
    }
}
