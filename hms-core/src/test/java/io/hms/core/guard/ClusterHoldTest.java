package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.BreakerState;
import io.hms.core.time.ManualScheduler;
import org.junit.jupiter.api.Test;

class ClusterHoldTest {

    private static final long FAST = 1_000_000L;

    private final ManualScheduler time = new ManualScheduler();
    private final EventLog events = new EventLog();
    private final CircuitBreaker breaker = CircuitBreaker.of("db", Policies.countBreaker(4, 4), time, events);

    @Test
    void aHeldBreakerRefusesPastItsOpenDurationUntilReleasedThenProbes() {
        assertThat(breaker.holdOpen("the cluster sees db fail")).isTrue();
        time.advance(Policies.OPEN.multipliedBy(10));

        assertThat(breaker.tryAcquirePermission()).isFalse();
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(breaker.heldOpen()).isTrue();
        assertThat(events.last().reason()).isEqualTo("the cluster sees db fail");

        assertThat(breaker.releaseHold("the cluster no longer does")).isTrue();

        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(breaker.heldOpen()).isFalse();
        assertThat(breaker.tryAcquirePermission()).isTrue();
    }

    @Test
    void aBreakerOpenOnItsOwnCallsKeepsItsCourse() {
        for (int i = 0; i < 4; i++) {
            breaker.tryAcquirePermission();
            breaker.onError(FAST);
        }

        assertThat(breaker.holdOpen("the cluster sees db fail")).isFalse();
        assertThat(breaker.heldOpen()).isFalse();
        assertThat(breaker.releaseHold("nothing held")).isFalse();
        time.advance(Policies.OPEN);
        assertThat(breaker.tryAcquirePermission()).isTrue(); // its own open duration ends: a probe
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
    }
}
