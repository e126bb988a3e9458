package io.hms.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.spi.Coordinator;
import io.hms.core.guard.CircuitBreaker;
import io.hms.core.guard.ConcurrencyLimiter;
import io.hms.core.guard.Guard;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.time.ManualScheduler;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a host can reach through the runtime: calls and reads, but no door around the configurator or chaos. */
class PublicFaceTest {

    private final Hms hms = Hms.builder().scheduler(new ManualScheduler()).discoverPlugins(false)
            .discoverOptimizer(false).component("db").build().start();

    @AfterEach
    void close() {
        hms.close();
    }

    private static Set<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getMethods()).map(Method::getName).collect(Collectors.toSet());
    }

    @Test
    void aGuardOffersCallsAndReadsButNoWayToChangeItself() {
        assertThat(publicMethods(Guard.class))
                .contains("call", "run", "callChecked", "policy", "stats")
                .doesNotContain("fault", "updatePolicy", "startCanary", "stopCanary", "fallback");
    }

    @Test
    void theConfinedPartsOfTheOptimizersReplayAreNoPublicFactories() {
        assertThat(publicMethods(CircuitBreaker.class)).doesNotContain("confined");
        assertThat(publicMethods(ConcurrencyLimiter.class)).doesNotContain("confined");
    }

    @Test
    void theBreakerAndLimiterOfAGuardRefuseAPolicyFromOutsideTheConfigurator() {
        assertThatThrownBy(() -> hms.guard("db").breaker().updatePolicy(BreakerPolicy.defaults()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'db'").hasMessageContaining("configurator()");
        assertThatThrownBy(() -> hms.guard("db").limiter().updatePolicy(ConcurrencyLimitPolicy.fixed(3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'db'").hasMessageContaining("configurator()");
        assertThat(hms.guard("db").policy()).isEqualTo(hms.registry().policy("db").policy().guard());
    }

    @Test
    void theRegistryAHostSeesIsReadOnly() {
        Object registry = hms.registry();

        assertThat(registry).isNotInstanceOf(FunctionRegistry.class);
        assertThat(publicMethods(registry.getClass()))
                .contains("policy", "policyHistory", "componentNames", "functions")
                .doesNotContain("commitPolicy", "apply", "declare", "register", "unregister", "addListener");
    }

    @Test
    void theCoordinatorAHostSeesCannotCommitAroundTheConfigurator() {
        Object coordinator = hms.coordinator();

        assertThat(coordinator).isNotInstanceOf(Coordinator.class);
        assertThat(publicMethods(coordinator.getClass()))
                .contains("isLeader", "status", "tryLock", "checkFence", "onCommit")
                .doesNotContain("commit", "close", "coordinator");
    }
}
