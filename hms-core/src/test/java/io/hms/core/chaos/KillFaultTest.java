package io.hms.core.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.ComponentSpec;
import io.hms.api.FunctionDescriptor;
import io.hms.api.Health;
import io.hms.api.HealthCheckFunction;
import io.hms.api.HealthStatus;
import io.hms.core.chaos.fault.ErrorFault;
import io.hms.core.chaos.fault.KillFault;
import io.hms.core.chaos.fault.LimitExhaustionFault;
import io.hms.core.monitor.HealthProbe;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.RegisteredFunction;
import io.hms.core.time.TimeLimiter;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KillFaultTest {

    private final ChaosFixture f = new ChaosFixture();
    private final FunctionRegistry registry = new FunctionRegistry(f.time::now);
    private final TimeLimiter limiter = new TimeLimiter(f.time, "test-probe");
    private final HealthProbe probe = new HealthProbe(registry, limiter, f.time, f.chaos.healthInterceptor());

    KillFaultTest() {
        registry.declare(ComponentSpec.of("db"), "test");
        HealthCheckFunction alwaysUp = Health::up;
        registry.register(new RegisteredFunction(FunctionDescriptor.healthCheck("db", "ping"), alwaysUp, "test"));
    }

    @AfterEach
    void close() {
        limiter.close();
        f.close();
    }

    @Test
    void aKilledComponentFailsItsHealthChecksUntilARepairRuns() {
        ActiveFault kill = f.chaos.inject(new KillFault("db"), Duration.ofSeconds(10));

        Health killed = probe.probe("db").join();
        assertThat(killed.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(killed.reason()).isEqualTo("killed by chaos fault " + kill.id());

        Health repaired = probe.verifyRepair("db", "restart", 2).join();

        assertThat(repaired.status()).isEqualTo(HealthStatus.UP);
        assertThat(kill.isActive()).isFalse();
        assertThat(f.chaosLines()).containsExactly("injected chaos-1 kill db",
                "reverted chaos-1 kill db: repaired by restart (level 2)");
    }

    @Test
    void aKillEndsAtItsDeadlineWhenNoRepairCame() {
        f.chaos.inject(new KillFault("db"), Duration.ofSeconds(3));

        f.time.advance(Duration.ofSeconds(3));

        assertThat(probe.probe("db").join().status()).isEqualTo(HealthStatus.UP);
        assertThat(f.chaosLines()).last().isEqualTo("reverted chaos-1 kill db: deadline");
    }

    @Test
    void aGuardFaultInjectedUntilRepairedEndsWithTheFirstRepair() {
        ActiveFault errors = f.chaos.injectUntilRepaired(new ErrorFault("db", 1.0), Duration.ofSeconds(10));
        ActiveFault plain = f.chaos.inject(new LimitExhaustionFault("db"), Duration.ofSeconds(10));

        probe.verifyRepair("db", "resetPool", 1).join();

        assertThat(errors.isActive()).isFalse();
        assertThat(plain.isActive()).as("a fault not ending on repair stays").isTrue();
    }
}
