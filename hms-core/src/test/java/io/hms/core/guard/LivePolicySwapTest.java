package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.BreakerState;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.WindowType;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A policy swap keeps what the breaker has learned: its state, its window's contents and when it
 * opened (the feature asked of Resilience4j in #2325 and of Sentinel in #2901).
 */
class LivePolicySwapTest {

    private static final long FAST = 1_000_000L;

    private final ManualScheduler time = new ManualScheduler();
    private final EventLog events = new EventLog();

    private void record(CircuitBreaker breaker, String outcomes) {
        for (char c : outcomes.toCharArray()) {
            breaker.tryAcquirePermission();
            if (c == 's') {
                breaker.onSuccess(FAST);
            } else {
                breaker.onError(FAST);
            }
        }
    }

    @Test
    void swapKeepsOpenStateAndWindowContents() {
        CircuitBreaker breaker = CircuitBreaker.of("db", Policies.countBreaker(10, 10), time, events);
        record(breaker, "sssssfffff");
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);

        breaker.updatePolicy(Policies.countBreaker(10, 10).withFailureRateThreshold(90f));

        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(breaker.bufferedCalls()).isEqualTo(10);
        assertThat(breaker.failedCalls()).isEqualTo(5);
        assertThat(breaker.tryAcquirePermission()).isFalse();
        assertThat(breaker.policy().failureRateThreshold()).isEqualTo(90f);
        assertThat(events.path()).containsExactly("CLOSED->OPEN"); // the swap itself is no transition
    }

    @Test
    void swapToASmallerWindowKeepsTheMostRecentOutcomes() {
        CircuitBreaker breaker = CircuitBreaker.of("db", Policies.countBreaker(10, 10).withFailureRateThreshold(100f),
                time, events);
        record(breaker, "ffffssssss");
        assertThat(breaker.failedCalls()).isEqualTo(4);

        breaker.updatePolicy(breaker.policy().withWindow(WindowType.COUNT, 5));

        assertThat(breaker.bufferedCalls()).isEqualTo(5);
        assertThat(breaker.failedCalls()).isZero();
    }

    @Test
    void swapToASmallerWindowAfterWrapKeepsTheMostRecentOutcomes() {
        CircuitBreaker breaker = CircuitBreaker.of("db", Policies.countBreaker(4, 4).withFailureRateThreshold(100f),
                time, events);
        record(breaker, "ssssssff"); // the ring has wrapped: it holds s s f f

        breaker.updatePolicy(breaker.policy().withWindow(WindowType.COUNT, 3));

        assertThat(breaker.bufferedCalls()).isEqualTo(3);
        assertThat(breaker.failedCalls()).isEqualTo(2);
    }

    @Test
    void swapToALargerWindowKeepsEveryOutcomeAndFillsUp() {
        CircuitBreaker breaker = CircuitBreaker.of("db", Policies.countBreaker(4, 4).withFailureRateThreshold(100f),
                time, events);
        record(breaker, "sfsf");

        breaker.updatePolicy(breaker.policy().withWindow(WindowType.COUNT, 8).withFailureRateThreshold(50f));
        assertThat(breaker.bufferedCalls()).isEqualTo(4);
        record(breaker, "sss");
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        record(breaker, "f");

        assertThat(breaker.bufferedCalls()).isEqualTo(8);
        assertThat(breaker.failedCalls()).isEqualTo(3);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED); // 3/8 < 50 %
    }

    @Test
    void swappedThresholdJudgesTheKeptWindowOnTheNextFailure() {
        CircuitBreaker breaker = CircuitBreaker.of("db", Policies.countBreaker(10, 10).withFailureRateThreshold(60f),
                time, events);
        record(breaker, "sssssffff");
        record(breaker, "f"); // 50 % < 60 %
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);

        breaker.updatePolicy(breaker.policy().withFailureRateThreshold(40f));
        record(breaker, "f"); // replaces the oldest success: 6 failures of 10

        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(events.last().reason()).isEqualTo("failure rate 60.0% >= 40.0% over 10 calls");
    }

    @Test
    void newOpenDurationCountsFromTheOriginalOpenTime() {
        CircuitBreaker breaker = CircuitBreaker.of("db", Policies.countBreaker(2, 2)
                .withOpenDuration(Duration.ofSeconds(60)), time, events);
        record(breaker, "ff");
        time.advance(Duration.ofSeconds(20));

        breaker.updatePolicy(breaker.policy().withOpenDuration(Duration.ofSeconds(30)));

        time.advance(Duration.ofSeconds(9));
        assertThat(breaker.tryAcquirePermission()).isFalse(); // open for 29 s
        time.advance(Duration.ofSeconds(1));
        assertThat(breaker.tryAcquirePermission()).isTrue(); // open for 30 s
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
    }

    @Test
    void shorterOpenDurationAlreadyPassedHalfOpensOnTheNextCall() {
        CircuitBreaker breaker = CircuitBreaker.of("db", Policies.countBreaker(2, 2)
                .withOpenDuration(Duration.ofSeconds(60)), time, events);
        record(breaker, "ff");
        time.advance(Duration.ofSeconds(20));

        breaker.updatePolicy(breaker.policy().withOpenDuration(Duration.ofSeconds(10)));

        assertThat(breaker.tryAcquirePermission()).isTrue();
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
    }

    @Test
    void changingTheWindowTypeKeepsTheState() {
        CircuitBreaker breaker = CircuitBreaker.of("db", Policies.countBreaker(2, 2), time, events);
        record(breaker, "ff");

        breaker.updatePolicy(breaker.policy().withWindow(WindowType.TIME, 30));

        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(breaker.bufferedCalls()).isZero(); // a fresh window of the new type
    }

    @Test
    void resizingATimeWindowKeepsTheSecondsThatStillFit() {
        CircuitBreaker breaker = CircuitBreaker.of("db", Policies.timeBreaker(10, 100), time, events);
        record(breaker, "ff");
        time.advance(Duration.ofSeconds(6));
        record(breaker, "sss");

        breaker.updatePolicy(breaker.policy().withWindow(WindowType.TIME, 5));

        assertThat(breaker.bufferedCalls()).isEqualTo(3);
        assertThat(breaker.failedCalls()).isZero();
    }

    @Test
    void guardSwapKeepsTheWindowAndLimiterLimitClampedToNewBoundsAndProbesUnderANewBreakerPolicy() {
        try (Guards guards = new Guards(time, events)) {
            ConcurrencyLimitPolicy aimd = new ConcurrencyLimitPolicy(LimitAlgorithm.AIMD, 50, 1, 100, 0.5,
                    Duration.ofSeconds(1), 1.5);
            BreakerPolicy breakerPolicy = Policies.countBreaker(2, 2);
            Guard guard = guards.register("db", Policies.plain().withLimit(aimd).withBreaker(breakerPolicy),
                    e -> false);
            for (int i = 0; i < 2; i++) {
                try {
                    guard.run(() -> {
                        throw new IllegalStateException("down");
                    });
                } catch (IllegalStateException expected) {
                    // recorded
                }
            }
            assertThat(guard.breakerState()).isEqualTo(BreakerState.OPEN);
            assertThat(guard.limiter().limit()).isEqualTo(12); // 50 * 0.5 * 0.5

            guard.updatePolicy(guard.policy().withLimit(aimd.withBounds(20, 20, 40)));
            assertThat(guard.breakerState()).as("the same breaker policy: still open").isEqualTo(BreakerState.OPEN);

            guard.updatePolicy(guard.policy().withBreaker(breakerPolicy.withMinimumCalls(5)));

            assertThat(guard.breakerState()).as("another breaker policy judges afresh").isEqualTo(BreakerState.HALF_OPEN);
            assertThat(guard.breaker().bufferedCalls()).isEqualTo(2);
            assertThat(guard.limiter().limit()).isEqualTo(20);
            assertThat(guard.policy().breaker().minimumCalls()).isEqualTo(5);
        }
    }
}
