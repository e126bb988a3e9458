package io.hms.core.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.core.Hms;
import io.hms.core.chaos.fault.ErrorFault;
import io.hms.core.chaos.fault.InjectedFailureException;
import io.hms.core.chaos.fault.KillFault;
import io.hms.core.chaos.fault.LatencyFault;
import io.hms.core.guard.GuardClosedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChaosSafetyTest {

    @Test
    void chaosIsDisabledByDefaultAndSaysHowToEnableIt() {
        try (Hms hms = Hms.builder().component("db").discoverPlugins(false).build()) {
            assertThat(hms.chaos().enabled()).isFalse();
            assertThatThrownBy(() -> hms.chaos().inject(new ErrorFault("db", 1.0), Duration.ofSeconds(1)))
                    .isInstanceOf(ChaosDisabledException.class)
                    .hasMessageContaining("Hms.builder().chaos(ChaosOptions.enabled())");
        }
    }

    @Test
    void aFaultMayNotOutliveTheConfiguredMaximum() {
        try (ChaosFixture f = new ChaosFixture(ChaosOptions.enabled().withMaxDuration(Duration.ofSeconds(5)))) {
            assertThatThrownBy(() -> f.chaos.inject(new ErrorFault("db", 1.0), Duration.ofSeconds(6)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDuration");
            assertThatThrownBy(() -> ChaosOptions.enabled().withMaxDuration(Duration.ofSeconds(31)))
                    .hasMessageContaining("(0, 30s]");
            assertThat(f.events).isEmpty();
        }
    }

    @Test
    void conflictingFaultsOnOneComponentAreRefused() {
        try (ChaosFixture f = new ChaosFixture()) {
            f.chaos.inject(new ErrorFault("db", 1.0), Duration.ofSeconds(5));
            assertThatThrownBy(() -> f.chaos.inject(new LatencyFault("db", Duration.ofMillis(5), 1.0),
                    Duration.ofSeconds(5))).isInstanceOf(IllegalStateException.class).hasMessageContaining("chaos-1");
            assertThat(f.chaos.active()).hasSize(1);
        }
    }

    @Test
    void closingRevertsEveryActiveFaultAndRefusesNewOnes() {
        ChaosFixture f = new ChaosFixture();
        f.chaos.inject(new ErrorFault("db", 1.0), Duration.ofSeconds(5));
        f.chaos.inject(new KillFault("db"), Duration.ofSeconds(5));

        f.chaos.close();

        assertThat(f.chaos.active()).isEmpty();
        assertThat(f.chaosLines()).containsExactly("injected chaos-1 error db", "injected chaos-2 kill db",
                "reverted chaos-1 error db: closed", "reverted chaos-2 kill db: closed");
        assertThat(f.guards.guard("db").call(() -> "ok")).isEqualTo("ok");
        assertThatThrownBy(() -> f.chaos.inject(new ErrorFault("db", 1.0), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class);
        f.close();
    }

    @Test
    void theRuntimeRevertsItsFaultsWhenItCloses() {
        Hms hms = Hms.builder().component("db").discoverPlugins(false).chaos(ChaosOptions.enabled()).build().start();
        ActiveFault fault = hms.chaos().inject(new ErrorFault("db", 1.0), Duration.ofSeconds(30));
        assertThatThrownBy(() -> hms.guard("db").call(() -> "ok")).isInstanceOf(InjectedFailureException.class);

        hms.close();

        assertThat(fault.isActive()).isFalse();
        assertThat(fault.reverted().join().reason()).isEqualTo("closed");
        assertThatThrownBy(() -> hms.guard("db").call(() -> "ok")).as("a closed guard refuses before any fault")
                .isInstanceOf(GuardClosedException.class);
    }
}
