package io.hms.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.FunctionKind;
import io.hms.api.HealthStatus;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.core.Hms;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

class HmsAutoConfigurationTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HmsAutoConfiguration.class));

    @Test
    void theComponentsPropertiesDeclareAreBuiltWithTheirPoliciesLaidOverTheDefaults() {
        contexts.withPropertyValues("hms.components.inventory.timeout=300ms",
                "hms.components.inventory.breaker.failure-rate-threshold=40",
                "hms.components.inventory.breaker.open-duration=5s",
                "hms.components.inventory.health.interval=500ms",
                "hms.components.inventory.limit.algorithm=FIXED", "hms.components.inventory.limit.initial=8",
                "hms.components.inventory.retry.max-attempts=1", "hms.components.payments.limit.max=50")
                .run(context -> {
                    Hms hms = context.getBean(Hms.class);
                    ComponentPolicy inventory = hms.registry().policy("inventory").policy();
                    ComponentPolicy defaults = ComponentPolicy.defaults();

                    assertThat(inventory.guard().timeout().timeout()).isEqualTo(Duration.ofMillis(300));
                    assertThat(inventory.guard().breaker()).isEqualTo(defaults.guard().breaker()
                            .withFailureRateThreshold(40f).withOpenDuration(Duration.ofSeconds(5)));
                    assertThat(inventory.health()).isEqualTo(defaults.health().withInterval(Duration.ofMillis(500)));
                    assertThat(inventory.guard().limit().algorithm()).isEqualTo(LimitAlgorithm.FIXED);
                    assertThat(inventory.guard().limit().initialLimit()).isEqualTo(8);
                    assertThat(inventory.guard().retry().maxAttempts()).isEqualTo(1);
                    assertThat(hms.registry().policy("payments").policy().guard().limit().maxLimit()).isEqualTo(50);
                });
    }

    @Test
    void aValueHmsCannotUseFailsTheStartNamingTheProperty() {
        contexts.withPropertyValues("hms.components.inventory.breaker.failure-rate-threshold=150").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(HmsPropertyException.class)
                    .hasMessage("hms.components.inventory.breaker.failure-rate-threshold: must be in (0, 100], got 150.0");
        });
    }

    @Test
    void theRuntimeIsNamedAfterTheApplicationUsesItsMeterRegistryAndIsClosedWithTheContext() {
        MeterRegistry meters = new SimpleMeterRegistry();
        Hms[] kept = new Hms[1];
        contexts.withPropertyValues("spring.application.name=checkout", "hms.components.inventory.timeout=1s")
                .withBean(MeterRegistry.class, () -> meters).run(context -> {
                    Hms hms = context.getBean(Hms.class);
                    kept[0] = hms;
                    assertThat(hms.meterRegistry()).isSameAs(meters);
                    assertThat(meters.find("hms.breaker.state").tag("hms.runtime", "checkout").meters()).isNotEmpty();
                    assertThat(context.getBean(HmsLifecycle.class).isRunning()).isTrue();
                });
        assertThat(kept[0].health("inventory").status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(kept[0].health("inventory").reason()).contains("closed");
    }

    @Test
    void customizersAddToTheBuilderAndEnabledFalseTurnsItAllOff() {
        contexts.withUserConfiguration(Customized.class).run(context -> assertThat(context.getBean(Hms.class)
                .registry().functions("payments", FunctionKind.HEALTH_CHECK)).hasSize(1));
        contexts.withPropertyValues("hms.enabled=false").withUserConfiguration(Customized.class)
                .run(context -> assertThat(context).doesNotHaveBean(Hms.class));
    }

    @Test
    void theAdminApiServesWhenEnabled() {
        contexts.withPropertyValues("hms.admin.enabled=true", "hms.admin.token=0123456789abcdef-token")
                .run(context -> assertThat(context.getBean(Hms.class).admin()).isPresent());
        contexts.withPropertyValues("hms.admin.enabled=true", "hms.admin.token=short").run(context ->
                assertThat(context.getStartupFailure()).rootCause().isInstanceOf(HmsPropertyException.class)
                        .hasMessageStartingWith("hms.admin.token: the admin token must be at least 16"));
    }

    @Test
    void aKeyThatNamesNoSettingFailsTheStart() {
        contexts.withPropertyValues("hms.components.inventory.breaker.failure-rate=40").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("hms.components.inventory.breaker.failure-rate");
        });
    }

    @Test
    void theAdminApiWithoutHmsAdminOnTheClassPathFailsTheStartSayingWhatToAdd() {
        contexts.withPropertyValues("hms.admin.enabled=true")
                .withClassLoader(new FilteredClassLoader(
                        new ClassPathResource("META-INF/services/io.hms.core.admin.AdminProvider")))
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(HmsPropertyException.class)
                        .hasMessageStartingWith("hms.admin.enabled: the admin API is served by io.hms:hms-admin"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Customized {
        @Bean
        HmsBuilderCustomizer payments() {
            return hms -> hms.component("payments").healthCheck("payments", "ping", io.hms.api.Health::up);
        }
    }
}
