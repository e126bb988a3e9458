package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.WindowType;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CountWindowBreakerTest {

    private static final long FAST = 1_000_000L; // 1 ms
    private static final long SLOW = 2_000_000_000L; // 2 s, over the 1 s slow-call duration

    private final ManualScheduler time = new ManualScheduler();
    private final EventLog events = new EventLog();

    private CircuitBreaker breaker(BreakerPolicy policy) {
        return CircuitBreaker.of("db", policy, time, events);
    }

    private static void record(CircuitBreaker breaker, int successes, int failures) {
        for (int i = 0; i < successes; i++) {
            assertThat(breaker.tryAcquirePermission()).isTrue();
            breaker.onSuccess(FAST);
        }
        for (int i = 0; i < failures; i++) {
            assertThat(breaker.tryAcquirePermission()).isTrue();
            breaker.onError(FAST);
        }
    }

    @Test
    void opensWhenFailureRateReachesThreshold() {
        CircuitBreaker breaker = breaker(Policies.countBreaker(10, 10));
        record(breaker, 5, 4);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);

        record(breaker, 0, 1);

        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(breaker.failureRate()).isEqualTo(50f);
        BreakerTransition event = events.last();
        assertThat(event.component()).isEqualTo("db");
        assertThat(event.from()).isEqualTo(BreakerState.CLOSED);
        assertThat(event.to()).isEqualTo(BreakerState.OPEN);
        assertThat(event.reason()).isEqualTo("failure rate 50.0% >= 50.0% over 10 calls");
        assertThat(event.time()).isEqualTo(time.now());
    }

    @Test
    void staysClosedUntilMinimumCallsAreBuffered() {
        CircuitBreaker breaker = breaker(Policies.countBreaker(10, 5));
        record(breaker, 0, 4);

        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(breaker.failureRate()).isEqualTo(-1f);

        record(breaker, 0, 1);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(events.last().reason()).isEqualTo("failure rate 100.0% >= 50.0% over 5 calls");
    }

    @Test
    void minimumCallsIsCappedByTheWindowSize() {
        CircuitBreaker breaker = breaker(Policies.countBreaker(4, 20));
        record(breaker, 2, 2);

        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void judgesOnlyTheLastNCalls() {
        CircuitBreaker breaker = breaker(Policies.countBreaker(10, 10));
        record(breaker, 0, 4);
        record(breaker, 10, 0); // the four failures slide out
        record(breaker, 0, 4);

        assertThat(breaker.bufferedCalls()).isEqualTo(10);
        assertThat(breaker.failedCalls()).isEqualTo(4);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void successesNeverOpenTheBreaker() {
        CircuitBreaker breaker = breaker(Policies.countBreaker(5, 1));
        record(breaker, 1000, 0);

        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(breaker.failureRate()).isZero();
        assertThat(events.transitions()).isEmpty();
    }

    @Test
    void opensWhenSlowCallRateReachesThreshold() {
        BreakerPolicy policy = Policies.countBreaker(10, 10).withSlowCalls(50f, Duration.ofSeconds(1));
        CircuitBreaker breaker = breaker(policy);
        record(breaker, 5, 0);
        for (int i = 0; i < 5; i++) {
            breaker.tryAcquirePermission();
            breaker.onSuccess(SLOW);
        }

        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(breaker.slowCallRate()).isEqualTo(50f);
        assertThat(events.last().reason()).isEqualTo("slow-call rate 50.0% >= 50.0% over 10 calls");
    }

    @Test
    void callsAtExactlyTheSlowCallDurationAreNotSlow() {
        BreakerPolicy policy = new BreakerPolicy(WindowType.COUNT, 4, 50f, 50f, Duration.ofMillis(100), 4,
                Policies.OPEN, 1);
        CircuitBreaker breaker = breaker(policy);
        for (int i = 0; i < 4; i++) {
            breaker.onSuccess(Duration.ofMillis(100).toNanos());
        }
        assertThat(breaker.slowCallRate()).isZero();
    }

    @Test
    void openBreakerRefusesWithOneSharedStacklessException() {
        CircuitBreaker breaker = breaker(Policies.countBreaker(2, 2));
        record(breaker, 0, 2);

        assertThat(breaker.tryAcquirePermission()).isFalse();
        Throwable first = catchRefusal(breaker);
        Throwable second = catchRefusal(breaker);
        assertThat(first).isSameAs(second).isInstanceOf(CallNotPermittedException.class);
        assertThat(first.getStackTrace()).isEmpty();
        assertThat(first).hasMessageContaining("'db'");
    }

    private static Throwable catchRefusal(CircuitBreaker breaker) {
        try {
            breaker.call(() -> "never");
        } catch (CallNotPermittedException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void callRecordsOutcomeAndRethrows() {
        CircuitBreaker breaker = breaker(Policies.countBreaker(2, 2));
        assertThat(breaker.call(() -> "ok")).isEqualTo("ok");
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> breaker.call(() -> {
            throw boom;
        })).isSameAs(boom);
        assertThat(breaker.bufferedCalls()).isEqualTo(2);
        assertThat(breaker.failedCalls()).isEqualTo(1);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void callTimesCallsWithACoarseClockPreciseEnoughForSlowCalls() {
        BreakerPolicy policy = Policies.countBreaker(4, 4).withSlowCalls(50f, Duration.ofSeconds(1));
        CircuitBreaker breaker = breaker(policy); // resolution: 1 % of 1 s = 10 ms
        breaker.call(() -> "fast");
        breaker.call(() -> {
            time.advance(Duration.ofMillis(1015)); // measured 1010 ms: within one resolution
            return "slow";
        });
        breaker.call(() -> {
            time.advance(Duration.ofMillis(990));
            return "under the slow-call duration";
        });
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);

        breaker.call(() -> {
            time.advance(Duration.ofSeconds(2));
            return "slow";
        });

        assertThat(breaker.slowCallRate()).isEqualTo(50f);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        int withClock = time.pendingTasks();
        breaker.close();
        assertThat(time.pendingTasks()).isEqualTo(withClock - 1);
    }
}
