package io.hms.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FunctionDescriptorValidationTest {

    @Test
    void healthCheckFollowsItsPolicyWithZeroTimeoutAndInterval() {
        FunctionDescriptor d = FunctionDescriptor.healthCheck("db", "ping");
        assertThat(d.kind()).isEqualTo(FunctionKind.HEALTH_CHECK);
        assertThat(d.timeout()).isZero();
        assertThat(d.interval()).isZero();
        assertThat(d.level()).isZero();
        assertThat(d.version()).isEqualTo(1);
        assertThat(d.key()).isEqualTo("db/HEALTH_CHECK/ping");
    }

    @Test
    void repairNeedsALevelOfAtLeastOne() {
        assertThatThrownBy(() -> FunctionDescriptor.repair("db", "reset", 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("repair level must be at least 1, got 0");
    }

    @Test
    void onlyRepairsHaveALevel() {
        assertThatThrownBy(() -> new FunctionDescriptor("db", "fb", FunctionKind.FALLBACK, 2, Duration.ofSeconds(1),
                Duration.ZERO, 1))
                .hasMessage("only repairs have a level; FALLBACK got 2");
    }

    @Test
    void repairTimeoutMustBePositive() {
        assertThatThrownBy(() -> FunctionDescriptor.repair("db", "reset", 1, Duration.ZERO))
                .hasMessage("timeout must be positive, got PT0S");
    }

    @Test
    void healthCheckIntervalMustNotBeNegative() {
        assertThatThrownBy(() -> new FunctionDescriptor("db", "ping", FunctionKind.HEALTH_CHECK, 0, Duration.ZERO,
                Duration.ofSeconds(-1), 1))
                .hasMessage("health-check interval must not be negative, got PT-1S");
    }

    @Test
    void onlyHealthChecksHaveAnInterval() {
        assertThatThrownBy(() -> new FunctionDescriptor("db", "hook", FunctionKind.OPTIMIZE, 0, Duration.ofSeconds(1),
                Duration.ofSeconds(1), 1))
                .hasMessage("only health checks have an interval; OPTIMIZE got PT1S");
    }

    @Test
    void namesFollowTheNameRule() {
        assertThatThrownBy(() -> FunctionDescriptor.healthCheck("db pool", "ping"))
                .hasMessageStartingWith("component must be 1-64");
        assertThatThrownBy(() -> FunctionDescriptor.healthCheck("db", ""))
                .hasMessageStartingWith("name must be 1-64");
    }

    @Test
    void versionStartsAtOneAndWithVersionKeepsTheRest() {
        FunctionDescriptor d = FunctionDescriptor.repair("db", "reset", 2, Duration.ofSeconds(3));
        assertThat(d.withVersion(4)).isEqualTo(
                new FunctionDescriptor("db", "reset", FunctionKind.REPAIR, 2, Duration.ofSeconds(3), Duration.ZERO, 4));
        assertThatThrownBy(() -> d.withVersion(0)).hasMessage("version must be at least 1, got 0");
    }
}
