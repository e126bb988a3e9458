package io.hms.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.ComponentSpec;
import io.hms.api.FunctionDescriptor;
import io.hms.api.FunctionKind;
import io.hms.api.Health;
import io.hms.api.HealthCheckFunction;
import io.hms.api.RepairFunction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryLookupTest {

    private static final HealthCheckFunction UP = Health::up;
    private static final RepairFunction RAN = ctx -> true;

    private final FunctionRegistry registry = new FunctionRegistry(() -> Instant.EPOCH);

    @Test
    void declaredComponentsAreFoundByNameInDeclarationOrder() {
        for (String name : List.of("zeta", "alpha", "mid", "beta", "omega")) {
            registry.declare(ComponentSpec.of(name), "test");
        }
        assertThat(registry.component("alpha")).contains(ComponentSpec.of("alpha"));
        assertThat(registry.component("nope")).isEmpty();
        assertThat(registry.components()).extracting(ComponentSpec::name)
                .containsExactly("zeta", "alpha", "mid", "beta", "omega");
        assertThat(registry.componentNames()).containsExactly("zeta", "alpha", "mid", "beta", "omega");
    }

    @Test
    void functionsAreListedByComponentAndKind() {
        new StagedRegistrar("test")
                .component(ComponentSpec.of("db"))
                .component(ComponentSpec.of("cache"))
                .healthCheck("db", "ping", UP)
                .repair("db", "reset", 1, Duration.ofSeconds(1), RAN)
                .fallback("db", cause -> "cached")
                .optimize("db", "resize", policy -> { })
                .healthCheck("cache", "ping", UP)
                .applyTo(registry);

        assertThat(registry.functions("db", FunctionKind.HEALTH_CHECK)).extracting(RegisteredFunction::name)
                .containsExactly("ping");
        assertThat(registry.functions("db", FunctionKind.FALLBACK)).extracting(RegisteredFunction::name)
                .containsExactly("fallback");
        assertThat(registry.functions("db", FunctionKind.OPTIMIZE)).extracting(RegisteredFunction::name)
                .containsExactly("resize");
        assertThat(registry.functions("cache", FunctionKind.REPAIR)).isEmpty();
        assertThat(registry.functions()).hasSize(5);
        assertThat(registry.find("cache", FunctionKind.HEALTH_CHECK, "ping")).get()
                .extracting(RegisteredFunction::component).isEqualTo("cache");
        assertThat(registry.find("db", FunctionKind.REPAIR, "ping")).isEmpty();
        assertThat(registry.find("unknown", FunctionKind.REPAIR, "ping")).isEmpty();
    }

    @Test
    void repairsAreListedInLevelOrderWhateverTheRegistrationOrder() {
        registry.declare(ComponentSpec.of("db"), "test");
        new StagedRegistrar("test")
                .repair("db", "failover", 3, Duration.ofSeconds(9), RAN)
                .repair("db", "reset", 1, Duration.ofSeconds(1), RAN)
                .repair("db", "restart", 2, Duration.ofSeconds(5), RAN)
                .repair("db", "evict", 1, Duration.ofSeconds(1), RAN)
                .applyTo(registry);

        assertThat(registry.functions("db", FunctionKind.REPAIR))
                .extracting(f -> f.descriptor().level() + ":" + f.name())
                .containsExactly("1:evict", "1:reset", "2:restart", "3:failover");
    }

    @Test
    void unregisterRemovesOnlyThatFunctionAndTellsWhetherItWasThere() {
        registry.declare(ComponentSpec.of("db"), "test");
        registry.register(healthCheck("db", "ping"));
        registry.register(healthCheck("db", "query"));

        assertThat(registry.unregister("db", FunctionKind.HEALTH_CHECK, "ping")).isTrue();
        assertThat(registry.unregister("db", FunctionKind.HEALTH_CHECK, "ping")).isFalse();
        assertThat(registry.unregister("db", FunctionKind.REPAIR, "query")).isFalse();
        assertThat(registry.unregister("nowhere", FunctionKind.REPAIR, "query")).isFalse();
        assertThat(registry.functions("db", FunctionKind.HEALTH_CHECK)).extracting(RegisteredFunction::name)
                .containsExactly("query");
    }

    @Test
    void aReRegistrationAfterUnregisterGetsVersionTwo() {
        registry.declare(ComponentSpec.of("db"), "test");
        registry.register(healthCheck("db", "ping"));
        assertThat(registry.find("db", FunctionKind.HEALTH_CHECK, "ping")).get()
                .extracting(f -> f.descriptor().version()).isEqualTo(1);

        registry.unregister("db", FunctionKind.HEALTH_CHECK, "ping");
        registry.register(healthCheck("db", "ping"));

        assertThat(registry.find("db", FunctionKind.HEALTH_CHECK, "ping")).get()
                .extracting(f -> f.descriptor().version()).isEqualTo(2);
        registry.register(healthCheck("db", "other"));
        assertThat(registry.find("db", FunctionKind.HEALTH_CHECK, "other")).get()
                .extracting(f -> f.descriptor().version()).isEqualTo(1);
    }

    @Test
    void aFunctionKeepsItsInvokerAndOrigin() {
        registry.declare(ComponentSpec.of("db"), "test");
        registry.register(new RegisteredFunction(FunctionDescriptor.healthCheck("db", "ping"), UP, "origin-x"));
        RegisteredFunction f = registry.find("db", FunctionKind.HEALTH_CHECK, "ping").orElseThrow();
        assertThat(f.healthCheck()).isSameAs(UP);
        assertThat(f.origin()).isEqualTo("origin-x");
    }

    @Test
    void lookingUpTheFunctionsOfAnUnknownComponentNamesTheKnownOnes() {
        registry.declare(ComponentSpec.of("db"), "test");
        registry.declare(ComponentSpec.of("cache"), "test");
        assertThatThrownBy(() -> registry.functions("dbb", FunctionKind.REPAIR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown component 'dbb'")
                .hasMessageContaining("ComponentSpec.of(\"dbb\")")
                .hasMessageEndingWith("use a declared one: cache, db");
    }

    @Test
    void aFunctionWhoseInvokerDoesNotMatchItsKindIsRefused() {
        assertThatThrownBy(() -> new RegisteredFunction(FunctionDescriptor.healthCheck("db", "ping"), RAN, "here"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("here: a HEALTH_CHECK function must be a HealthCheckFunction");
    }

    private static RegisteredFunction healthCheck(String component, String name) {
        return new RegisteredFunction(FunctionDescriptor.healthCheck(component, name), UP, "test");
    }
}
