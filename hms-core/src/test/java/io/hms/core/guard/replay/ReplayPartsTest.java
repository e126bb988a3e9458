package io.hms.core.guard.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.HmsEvent;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayPartsTest {

    private final ManualScheduler clock = new ManualScheduler();

    @Test
    void theBreakerOpensOnFailuresAndProbesAfterItsOpenDurationOnTheGivenClock() {
        List<HmsEvent> transitions = new ArrayList<>();
        BreakerPolicy policy = BreakerPolicy.defaults().withMinimumCalls(4).withOpenDuration(Duration.ofSeconds(5));
        ReplayBreaker breaker = new ReplayBreaker("inventory", policy, clock, transitions::add);

        for (int i = 0; i < 4; i++) {
            assertThat(breaker.tryAcquirePermission()).isTrue();
            breaker.onError(1_000_000);
        }

        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(breaker.tryAcquirePermission()).isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(breaker.tryAcquirePermission()).as("a probe after the open duration").isTrue();
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(transitions).first().isInstanceOfSatisfying(BreakerTransition.class,
                t -> assertThat(t.to()).isEqualTo(BreakerState.OPEN));
    }

    @Test
    void aFixedLimitRefusesTheCallBeyondItAndFreesASlotOnRelease() {
        ReplayLimit limit = new ReplayLimit(ConcurrencyLimitPolicy.fixed(2));

        assertThat(limit.tryAcquire()).isTrue();
        assertThat(limit.tryAcquire()).isTrue();
        assertThat(limit.tryAcquire()).isFalse();
        assertThat(limit.inFlight()).isEqualTo(2);
        limit.release(1_000_000, false);

        assertThat(limit.tryAcquire()).isTrue();
        assertThat(limit.limit()).isEqualTo(2);
    }
}
