package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeoutTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final long WAIT_SECONDS = 30;

    private final ManualScheduler time = new ManualScheduler();
    private final Guards guards = new Guards(time, new EventLog());
    private final GuardPolicy policy = Policies.plain().withTimeout(TimeoutPolicy.of(TIMEOUT));

    @AfterEach
    void close() {
        guards.close();
    }

    /** Result of a call made on a test-owned thread, with whether that thread was left interrupted. */
    private record Outcome(Object value, Throwable error, boolean leftInterrupted) {
    }

    private static CompletableFuture<Outcome> onOwnThread(Callable<Object> call) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            Object value = null;
            Throwable error = null;
            try {
                value = call.call();
            } catch (Throwable e) {
                error = e;
            }
            outcome.complete(new Outcome(value, error, Thread.currentThread().isInterrupted()));
        }, "test-caller");
        thread.setDaemon(true);
        thread.start();
        return outcome;
    }

    @Test
    void theLongestAttemptIsTheTimeoutPlusTheWatchdogsResolution() {
        Guard timed = guards.register("db", policy, e -> false);
        Guard untimed = guards.register("cache", Policies.plain().withTimeout(TimeoutPolicy.none()), e -> false);

        assertThat(timed.longestAttempt()).contains(TIMEOUT.plus(Guards.DEFAULT_TIMEOUT_RESOLUTION));
        assertThat(untimed.longestAttempt()).isEmpty();
        timed.updatePolicy(policy.withTimeout(TimeoutPolicy.of(Duration.ofMillis(200))));
        assertThat(timed.longestAttempt()).contains(Duration.ofMillis(205));
    }

    @Test
    void blockedCallIsInterruptedWhenTimePassesTheDeadline() throws Exception {
        Guard guard = guards.register("db", policy, e -> false);
        guard.trace().start();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        CompletableFuture<Outcome> result = onOwnThread(() -> guard.callChecked(() -> {
            entered.countDown();
            never.await();
            return "late";
        }));
        assertThat(entered.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        time.advance(TIMEOUT.minusMillis(10));
        assertThat(result).isNotDone();
        time.advance(Duration.ofMillis(10));

        Outcome outcome = result.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(outcome.error()).isInstanceOf(GuardTimeoutException.class)
                .hasCauseInstanceOf(InterruptedException.class)
                .hasMessage("the call to 'db' did not finish within PT1S");
        assertThat(outcome.leftInterrupted()).as("the watchdog's interrupt is cleared").isFalse();
        assertThat(guard.stats().snapshot().timeouts()).isEqualTo(1);
        assertThat(guard.stats().snapshot().failures()).isEqualTo(1);
        assertThat(guard.trace().snapshot().outcomes()).containsExactly(CallRecords.Outcome.TIMEOUT);
        assertThat(guard.breaker().failedCalls()).isEqualTo(1);
    }

    @Test
    void fastCallIsNotAffected() throws Exception {
        Guard guard = guards.register("db", policy, e -> false);
        guard.trace().start();

        Outcome outcome = onOwnThread(() -> guard.call(() -> "fast")).get(WAIT_SECONDS, TimeUnit.SECONDS);
        time.advance(TIMEOUT.multipliedBy(5));

        assertThat(outcome.value()).isEqualTo("fast");
        assertThat(outcome.leftInterrupted()).isFalse();
        assertThat(guard.stats().snapshot().timeouts()).isZero();
        assertThat(guard.trace().snapshot().outcomes()).containsExactly(CallRecords.Outcome.SUCCESS);
    }

    @Test
    void laterCallsOnTheSameThreadAreNotInterruptedByAnEarlierDeadline() throws Exception {
        Guard guard = guards.register("db", policy, e -> false);
        CompletableFuture<Outcome> result = onOwnThread(() -> {
            guard.call(() -> "first");
            time.advance(TIMEOUT.multipliedBy(3)); // the first call's deadline passes, long disarmed
            return guard.call(() -> Thread.currentThread().isInterrupted() ? "interrupted" : "second");
        });

        Outcome outcome = result.get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(outcome.value()).isEqualTo("second");
        assertThat(outcome.leftInterrupted()).isFalse();
    }

    @Test
    void codeIgnoringInterruptsIsReportedTimedOutWhenItReturns() {
        Guard guard = guards.register("db", policy, e -> false);
        guard.trace().start();

        assertThatThrownBy(() -> guard.call(() -> {
            time.advance(TIMEOUT.multipliedBy(2)); // runs the watchdog on this very thread
            return "ignored the interrupt";
        })).isInstanceOf(GuardTimeoutException.class).hasNoCause();

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(guard.trace().snapshot().latencyNanos(0)).isEqualTo(TIMEOUT.multipliedBy(2).toNanos());
    }

    @Test
    void deadlineIsJudgedOnReturnEvenWithoutAWatchdogTick() {
        Guards coarse = new Guards(time, new EventLog(), Duration.ofHours(1), 16);
        try (coarse) {
            Guard guard = coarse.register("db", policy, e -> false);
            assertThatThrownBy(() -> guard.call(() -> {
                time.advance(TIMEOUT); // exactly at the deadline: it has passed
                return "late";
            })).isInstanceOf(GuardTimeoutException.class);
        }
    }

    @Test
    void timedOutAttemptIsRetriedWhenThePredicateAcceptsIt() {
        Guard guard = guards.register("db", policy.withRetry(new RetryPolicy(2, Duration.ZERO,
                1.0, Duration.ZERO, 0.0)), e -> e instanceof GuardTimeoutException);
        guard.trace().start();
        int[] attempts = {0};

        String value = guard.call(() -> {
            if (attempts[0]++ == 0) {
                time.advance(TIMEOUT.multipliedBy(2));
            }
            return "second try";
        });

        assertThat(value).isEqualTo("second try");
        assertThat(guard.trace().snapshot().outcomes()).containsExactly(CallRecords.Outcome.TIMEOUT, CallRecords.Outcome.SUCCESS);
    }

    @Test
    void nestedCallsKeepTheEarlierDeadline() {
        Guard outer = guards.register("api", policy, e -> false);
        Guard inner = guards.register("db", Policies.plain().withTimeout(TimeoutPolicy.of(TIMEOUT.multipliedBy(10))),
                e -> false);

        assertThatThrownBy(() -> outer.call(() -> inner.call(() -> {
            time.advance(TIMEOUT.multipliedBy(2)); // past the outer deadline only
            return "late";
        }))).isInstanceOf(GuardTimeoutException.class).hasMessageContaining("'api'");

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void timeoutIsNotEnforcedWhenDisabled() {
        Guard guard = guards.register("db", Policies.plain(), e -> false);

        String value = guard.call(() -> {
            time.advance(Duration.ofHours(1));
            return "slow but fine";
        });

        assertThat(value).isEqualTo("slow but fine");
    }
}
