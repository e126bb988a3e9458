package io.hms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.Health;
import io.hms.api.policy.ComponentPolicy;
import io.hms.core.Hms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Hms.builder().plan(path)}: the plan's components declared with their policies, or nothing built. */
class PlanBuilderTest {

    @TempDir
    Path dir;

    @Test
    void thePlansComponentsAreDeclaredWithTheirPoliciesAndFunctionsNameThem() throws IOException {
        Path plan = Files.writeString(dir.resolve("shop.hms.yaml"), """
                hms-plan: 1
                name: shop
                components:
                  payments:
                    guard:
                      timeout: 750ms
                      retry: { maxAttempts: 1 }
                  inventory: {}
                """);

        try (Hms hms = Hms.builder().discoverPlugins(false).discoverOptimizer(false).plan(plan)
                .healthCheck("payments", "ping", Health::up).build().start()) {
            assertThat(hms.registry().componentNames()).containsExactlyInAnyOrder("payments", "inventory");
            ComponentPolicy payments = hms.registry().policy("payments").policy();
            assertThat(payments.guard().timeout().timeout()).isEqualTo(Duration.ofMillis(750));
            assertThat(payments.guard().retry().maxAttempts()).isEqualTo(1);
            assertThat(hms.registry().policy("inventory").policy()).isEqualTo(ComponentPolicy.defaults());
            assertThat(hms.guard("payments").call(() -> "ok")).isEqualTo("ok");
        }
    }

    @Test
    void anInvalidPlanStopsTheBuilderWithEveryProblem() throws IOException {
        Path plan = Files.writeString(dir.resolve("bad.hms.yaml"), """
                hms-plan: 1
                name: shop
                components:
                  payments:
                    guard: { timeout: later }
                """);

        assertThatThrownBy(() -> Hms.builder().discoverPlugins(false).plan(plan))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("bad.hms.yaml:5:14: components.payments.guard.timeout: 'later' is not a duration");
    }
}
