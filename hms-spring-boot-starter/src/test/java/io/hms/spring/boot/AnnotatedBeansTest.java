package io.hms.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.Fallback;
import io.hms.api.FunctionKind;
import io.hms.api.Health;
import io.hms.api.HealthCheck;
import io.hms.api.Repair;
import io.hms.core.Hms;
import io.hms.core.registry.RegistrationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class AnnotatedBeansTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HmsAutoConfiguration.class));

    @Test
    void aBeansHealthCheckRepairAndFallbackAreRegisteredAndTheirComponentDeclared() {
        contexts.withUserConfiguration(Inventory.class).withPropertyValues("hms.components.payments.timeout=1s")
                .run(context -> {
                    Hms hms = context.getBean(Hms.class);
                    assertThat(hms.registry().componentNames()).containsExactlyInAnyOrder("payments", "inventory");
                    assertThat(hms.registry().functions("inventory", FunctionKind.HEALTH_CHECK)).hasSize(1);
                    assertThat(hms.registry().functions("inventory", FunctionKind.REPAIR)).hasSize(1);
                    assertThat(hms.registry().functions("inventory", FunctionKind.FALLBACK)).hasSize(1);
                });
    }

    @Test
    void aGuardedMethodIsCalledThroughItsComponentsGuardAndFallsBackWhenItFails() {
        contexts.withUserConfiguration(Inventory.class).run(context -> {
            InventoryClient client = context.getBean(InventoryClient.class);
            Hms hms = context.getBean(Hms.class);

            assertThat(client.stock("sku-1")).isEqualTo("12 of sku-1");
            client.breakIt();
            assertThat(client.stock("sku-1")).isEqualTo("last known");
            assertThat(client.unguarded()).isEqualTo("plain");

            assertThat(hms.guard("inventory").stats().snapshot().calls()).isEqualTo(2);
            assertThat(hms.guard("inventory").stats().snapshot().fallbacks()).isEqualTo(1);
        });
    }

    @Test
    void aGuardedClassGuardsEachOfItsPublicMethodsAndDeclaresItsComponent() {
        contexts.withBean(GuardedCache.class).run(context -> {
            assertThat(context.getBean(GuardedCache.class).get("k")).isEqualTo("v(k)");
            assertThat(context.getBean(Hms.class).guard("cache").stats().snapshot().calls()).isEqualTo(1);
        });
    }

    @Test
    void aMethodTwoGuardedClassesInheritGoesThroughEachClasssOwnGuard() {
        contexts.withBean(GuardedCache.class).withBean(GuardedStore.class).run(context -> {
            context.getBean(GuardedCache.class).describe();
            context.getBean(GuardedStore.class).describe();
            context.getBean(GuardedStore.class).describe();

            assertThat(context.getBean(Hms.class).guard("cache").stats().snapshot().calls()).isEqualTo(1);
            assertThat(context.getBean(Hms.class).guard("store").stats().snapshot().calls()).isEqualTo(2);
        });
    }

    @Test
    void aWrongSignatureFailsTheStartWithHmssMessage() {
        contexts.withBean(WrongSignature.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(RegistrationException.class).hasMessageContaining("WrongSignature#ping(String): a @HealthCheck method takes no arguments");
        });
    }

    @Test
    void aCheckedExceptionOfAGuardedMethodReachesTheCallerAsItIs() {
        contexts.withBean(Throwing.class).run(context -> assertThatThrownBy(() -> context.getBean(Throwing.class).read())
                .isInstanceOf(java.io.IOException.class).hasMessage("disk gone"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Inventory {
        @Bean
        InventoryFunctions inventoryFunctions() {
            return new InventoryFunctions();
        }

        @Bean
        InventoryClient inventoryClient() {
            return new InventoryClient();
        }
    }

    /** The host's functions for its inventory component. */
    public static class InventoryFunctions {
        @HealthCheck(component = "inventory", interval = "1s")
        public Health ping() {
            return Health.up();
        }

        @Repair(component = "inventory", level = 1, timeout = "1s")
        public void reconnect() {
            // nothing to do in this test
        }

        @Fallback(component = "inventory")
        public String lastKnown(Throwable cause) {
            return "last known";
        }
    }

    /** A client whose stock lookups are guarded. */
    public static class InventoryClient {
        private final AtomicBoolean broken = new AtomicBoolean();

        public void breakIt() {
            broken.set(true);
        }

        @Guarded("inventory")
        public String stock(String sku) {
            if (broken.get()) {
                throw new IllegalStateException("inventory unreachable");
            }
            return "12 of " + sku;
        }

        public String unguarded() {
            return "plain";
        }
    }

    /** What the guarded classes below share. */
    public static class Described {
        public String describe() {
            return getClass().getSimpleName();
        }
    }

    /** Every public method guarded. */
    @Guarded("cache")
    public static class GuardedCache extends Described {
        public String get(String key) {
            return "v(" + key + ")";
        }
    }

    /** Another component's guard, over the same inherited method. */
    @Guarded("store")
    public static class GuardedStore extends Described {
    }

    /** A health check that wants an argument. */
    public static class WrongSignature {
        @HealthCheck(component = "db")
        public Health ping(String target) {
            return Health.up();
        }
    }

    /** A guarded method that throws a checked exception. */
    public static class Throwing {
        @Guarded("disk")
        public String read() throws java.io.IOException {
            throw new java.io.IOException("disk gone");
        }
    }
}
