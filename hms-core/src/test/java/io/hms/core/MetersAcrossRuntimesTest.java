package io.hms.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.core.chaos.ChaosOptions;
import io.hms.core.metrics.RuntimeMeters;
import io.hms.core.time.ManualScheduler;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/**
 * Runtimes that share a {@code MeterRegistry} each read their own values: a runtime's meters leave the
 * registry when it closes, so a later one binds fresh meters, and live ones are told apart by their
 * {@code hms.runtime} tag.
 */
class MetersAcrossRuntimesTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void aRuntimeStartedAfterAnotherClosedReadsItsOwnCalls() {
        try (Hms first = runtime().build().start()) {
            callTimes(first, 3);
            assertThat(successes()).isEqualTo(3);
        }
        assertThat(registry.getMeters()).filteredOn(MetersAcrossRuntimesTest::isHms)
                .as("meters left behind by a closed runtime").isEmpty();

        try (Hms second = runtime().build().start()) {
            callTimes(second, 1);
            assertThat(successes()).isEqualTo(1);
            assertThat(registry.get("hms.guard.limit").tag("component", "db").gauge().value())
                    .isEqualTo(second.guard("db").limiter().limit());
        }
    }

    @Test
    void twoLiveRuntimesAreToldApartByTheirTag() {
        try (Hms first = runtime().build().start(); Hms second = runtime().runtimeName("checkout").build().start()) {
            callTimes(first, 2);
            callTimes(second, 5);

            assertThat(successes("hms-1")).isEqualTo(2);
            assertThat(successes("checkout")).isEqualTo(5);
            assertThat(registry.find(RuntimeMeters.LIVE).gauges()).extracting(g -> g.getId().getTag(RuntimeMeters.TAG))
                    .containsExactlyInAnyOrder("hms-1", "checkout");
            assertThat(registry.getMeters()).filteredOn(MetersAcrossRuntimesTest::isHms)
                    .allSatisfy(m -> assertThat(m.getId().getTag(RuntimeMeters.TAG)).as(m.getId().toString())
                            .isIn("hms-1", "checkout"));
        }
    }

    @Test
    void anUnnamedRuntimeTakesTheFirstFreeDefaultName() {
        try (Hms first = runtime().build().start()) {
            try (Hms second = runtime().build().start()) {
                callTimes(second, 1);
                assertThat(successes("hms-2")).isEqualTo(1);
            }
            try (Hms third = runtime().build().start()) {
                callTimes(third, 4);
                assertThat(successes("hms-2")).as("the name the closed runtime freed").isEqualTo(4);
            }
            callTimes(first, 1);
            assertThat(successes("hms-1")).isEqualTo(1);
        }
    }

    @Test
    void aNameAnotherLiveRuntimeHasIsRefusedAndFreedWhenItCloses() {
        Hms first = runtime().runtimeName("checkout").build().start();
        try {
            Hms second = runtime().runtimeName("checkout").build();
            assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("'checkout'").hasMessageContaining("Hms.builder().runtimeName(");
            assertThatThrownBy(second::start).as("the refused runtime was closed").hasMessageContaining("closed");
            callTimes(first, 1);
            assertThat(successes("checkout")).as("the first keeps its meters").isEqualTo(1);
        } finally {
            first.close();
        }
        try (Hms third = runtime().runtimeName("checkout").build().start()) {
            callTimes(third, 2);
            assertThat(successes("checkout")).as("fresh meters").isEqualTo(2);
        }
    }

    @Test
    void theChaosMetersCarryTheTagAndLeaveWithTheRuntime() {
        try (Hms hms = runtime().runtimeName("staging").chaos(ChaosOptions.enabled()).build().start()) {
            assertThat(hms.meterRegistry()).isSameAs(registry);
            assertThat(registry.get("hms.monitor.false.positive.rate").tag(RuntimeMeters.TAG, "staging").gauge())
                    .isNotNull();
        }
        assertThat(registry.getMeters()).filteredOn(MetersAcrossRuntimesTest::isHms).isEmpty();
    }

    private HmsBuilder runtime() {
        return Hms.builder().scheduler(new ManualScheduler()).discoverOptimizer(false).discoverPlugins(false)
                .meterRegistry(registry).component("db");
    }

    private static void callTimes(Hms hms, int times) {
        for (int i = 0; i < times; i++) {
            hms.guard("db").call(() -> "ok");
        }
    }

    private double successes(String runtime) {
        return registry.get("hms.guard.calls").tag(RuntimeMeters.TAG, runtime).tag("component", "db")
                .tag("outcome", "success").functionCounter().count();
    }

    private double successes() {
        return registry.get("hms.guard.calls").tag("component", "db").tag("outcome", "success").functionCounter()
                .count();
    }

    private static boolean isHms(Meter meter) {
        return meter.getId().getName().startsWith("hms.");
    }
}
