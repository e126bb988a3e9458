package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.BreakerState;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeWindowBreakerTest {

    private static final long FAST = 1_000_000L;

    private final ManualScheduler time = new ManualScheduler();
    private final EventLog events = new EventLog();
    private final CircuitBreaker breaker = CircuitBreaker.of("db", Policies.timeBreaker(10, 4), time, events);

    private void record(int successes, int failures) {
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
    void opensOnFailuresSpreadOverSecondsOfTheWindow() {
        record(2, 0);
        time.advance(Duration.ofSeconds(3));
        record(0, 1);
        time.advance(Duration.ofSeconds(3));
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);

        record(0, 1);

        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(events.last().reason()).isEqualTo("failure rate 50.0% >= 50.0% over 4 calls");
    }

    @Test
    void forgetsCallsOlderThanTheWindow() {
        record(0, 3);
        time.advance(Duration.ofSeconds(11));
        assertThat(breaker.bufferedCalls()).isZero();

        record(3, 1);

        assertThat(breaker.bufferedCalls()).isEqualTo(4);
        assertThat(breaker.failureRate()).isEqualTo(25f);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void windowSlidesSecondBySecond() {
        record(5, 0);
        time.advance(Duration.ofSeconds(5));
        record(5, 0);
        time.advance(Duration.ofSeconds(4));
        assertThat(breaker.bufferedCalls()).isEqualTo(10);

        time.advance(Duration.ofSeconds(1)); // the first second leaves the 10 s window

        assertThat(breaker.bufferedCalls()).isEqualTo(5);
    }

    @Test
    void reusesABucketWhenItsSecondComesRoundAgain() {
        record(0, 2);
        time.advance(Duration.ofSeconds(10)); // same bucket index, a new second
        record(2, 1);

        assertThat(breaker.bufferedCalls()).isEqualTo(3);
        assertThat(breaker.failedCalls()).isEqualTo(1);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void waitsForMinimumCallsWithinTheWindow() {
        record(0, 3);

        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(breaker.failureRate()).isEqualTo(-1f);
    }
}
