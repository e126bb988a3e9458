package io.hms.ga;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.spi.Optimizer;
import io.hms.core.Hms;
import io.hms.core.time.ManualScheduler;
import org.junit.jupiter.api.Test;

class GaOptimizerDiscoveryTest {

    @Test
    void aRuntimeWithHmsGaOnTheClassPathFindsTheAgent() {
        try (Hms hms = Hms.builder().scheduler(new ManualScheduler()).component("inventory").build().start()) {
            assertThat(hms.optimizer()).map(Optimizer::name).contains("ga");
            assertThat(hms.optimizer().orElseThrow()).isInstanceOf(OptimizerAgent.class);
        }
    }

    @Test
    void discoveryCanBeTurnedOff() {
        try (Hms hms = Hms.builder().scheduler(new ManualScheduler()).component("inventory").discoverOptimizer(false)
                .build().start()) {
            assertThat(hms.optimizer()).isEmpty();
        }
    }
}
