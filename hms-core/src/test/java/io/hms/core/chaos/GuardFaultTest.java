package io.hms.core.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.event.ChaosInjected;
import io.hms.core.chaos.fault.ErrorFault;
import io.hms.core.chaos.fault.InjectedFailureException;
import io.hms.core.chaos.fault.LatencyFault;
import io.hms.core.chaos.fault.LimitExhaustionFault;
import io.hms.core.guard.Guard;
import io.hms.core.guard.GuardStats;
import io.hms.core.guard.GuardTimeoutException;
import io.hms.core.guard.LimitExceededException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GuardFaultTest {

    @Test
    void anErrorFaultFailsEveryCallUntilItsDeadline() {
        try (ChaosFixture f = new ChaosFixture()) {
            Guard db = f.guards.guard("db");
            ActiveFault fault = f.chaos.inject(new ErrorFault("db", 1.0), Duration.ofSeconds(2));

            assertThatThrownBy(() -> db.call(() -> "ok")).isInstanceOf(InjectedFailureException.class)
                    .hasMessageContaining(fault.id());
            assertThat(db.stats().snapshot().failures()).isEqualTo(1);
            assertThat(f.events.get(0)).isInstanceOfSatisfying(ChaosInjected.class, e -> {
                assertThat(e.deadline()).isEqualTo(e.time().plusSeconds(2));
                assertThat(e.detail()).isEqualTo("failures on 100% of calls");
            });

            f.time.advance(Duration.ofSeconds(2));

            assertThat(fault.isActive()).isFalse();
            assertThat(db.call(() -> "ok")).isEqualTo("ok");
            assertThat(f.chaosLines()).containsExactly("injected chaos-1 error db",
                    "reverted chaos-1 error db: deadline");
        }
    }

    @Test
    void anErrorFaultIsAnsweredByTheFallback() {
        try (ChaosFixture f = new ChaosFixture()) {
            Guard db = f.guards.guard("db");
            f.guards.control().fallback("db", cause -> "fallback");
            f.chaos.inject(new ErrorFault("db", 1.0), Duration.ofSeconds(2));

            assertThat(db.call(() -> "ok")).isEqualTo("fallback");
            assertThat(db.stats().snapshot().fallbacks()).isEqualTo(1);
        }
    }

    @Test
    void aLatencyFaultAddsItsDelayToEveryAttempt() {
        try (ChaosFixture f = new ChaosFixture()) {
            Guard db = f.guards.guard("db");
            f.chaos.inject(new LatencyFault("db", Duration.ofMillis(300), 1.0), Duration.ofSeconds(5));

            for (int i = 0; i < 3; i++) {
                assertThat(db.call(() -> "ok")).isEqualTo("ok");
            }

            GuardStats.Snapshot s = db.stats().snapshot();
            assertThat(s.successes()).isEqualTo(3);
            assertThat(s.meanLatency()).isEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void aLatencyBeyondTheTimeoutTimesTheCallOut() {
        try (ChaosFixture f = new ChaosFixture()) {
            f.chaos.inject(new LatencyFault("db", Duration.ofMillis(1500), 1.0), Duration.ofSeconds(5));

            assertThatThrownBy(() -> f.guards.guard("db").call(() -> "ok")).isInstanceOf(GuardTimeoutException.class);
        }
    }

    @Test
    void aRevertedFaultLeavesTheGuardAsItWas() {
        try (ChaosFixture f = new ChaosFixture()) {
            ActiveFault fault = f.chaos.inject(new LatencyFault("db", Duration.ofMillis(300), 1.0),
                    Duration.ofSeconds(5));
            fault.revert();
            fault.revert();

            assertThat(f.guards.guard("db").call(() -> "ok")).isEqualTo("ok");
            assertThat(f.guards.guard("db").stats().snapshot().totalLatencyNanos()).isZero();
            assertThat(f.chaosLines()).containsExactly("injected chaos-1 latency db",
                    "reverted chaos-1 latency db: reverted");
        }
    }

    @Test
    void limitExhaustionRefusesCallsUntilReverted() {
        try (ChaosFixture f = new ChaosFixture()) {
            Guard db = f.guards.guard("db");
            ActiveFault fault = f.chaos.inject(new LimitExhaustionFault("db"), Duration.ofSeconds(2));

            assertThat(db.limiter().inFlight()).isEqualTo(db.limiter().limit());
            assertThatThrownBy(() -> db.call(() -> "ok")).isInstanceOf(LimitExceededException.class);

            f.time.advance(Duration.ofSeconds(2));

            assertThat(fault.isActive()).isFalse();
            assertThat(db.limiter().inFlight()).isZero();
            assertThat(db.call(() -> "ok")).isEqualTo("ok");
        }
    }
}
