package io.hms.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.Health;
import io.hms.api.HealthCheck;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.Hms;
import io.hms.core.time.ManualScheduler;
import io.hms.spring.boot.HmsAutoConfiguration;
import io.hms.spring.boot.HmsBuilderCustomizer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class HmsActuatorTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HmsAutoConfiguration.class, HmsActuatorAutoConfiguration.class))
            .withUserConfiguration(Inventory.class)
            .withPropertyValues("management.endpoints.web.exposure.include=health,hms",
                    "hms.components.inventory.health.interval=1s", "hms.components.inventory.health.failures-to-down=1");

    @Test
    void eachComponentHasAHealthIndicatorThatTurnsDownWithItAndNamesTheReason() {
        contexts.run(context -> {
            HmsHealthContributor health = context.getBean(HmsHealthContributor.class);
            ManualScheduler clock = context.getBean(ManualScheduler.class);
            assertThat(health.stream().map(HealthContributors.Entry::name)).containsExactly("inventory");

            clock.advance(Duration.ofSeconds(1));
            assertThat(indicator(health, "inventory").health().getStatus()).isEqualTo(Status.UP);

            context.getBean(Inventory.class).broken.set(true);
            clock.advance(Duration.ofSeconds(1));
            org.springframework.boot.health.contributor.Health down = indicator(health, "inventory").health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsEntry("reason", "pool exhausted").containsKey("incident")
                    .containsEntry("policyVersion", 1L).containsKey("judgedAt");
            assertThat(health.getContributor("nothing")).isNull();
        });
    }

    @Test
    void theHmsEndpointShowsTheComponentsAndRollsAPolicyBack() throws Exception {
        contexts.run(context -> {
            HmsEndpoint endpoint = context.getBean(HmsEndpoint.class);
            Hms hms = context.getBean(Hms.class);
            hms.configurator().apply(PolicyPatch.of("inventory", 1, hms.registry().policy("inventory").policy()
                    .withHealth(hms.registry().policy("inventory").policy().health()
                            .withInterval(Duration.ofSeconds(2))), "test", "a slower check"))
                    .get(10, TimeUnit.SECONDS);

            assertThat(endpoint.overview().components()).singleElement()
                    .satisfies(c -> assertThat(c.policyVersion()).isEqualTo(2));
            assertThat(endpoint.component("nothing").getStatus()).isEqualTo(404);
            assertThat(act(endpoint, "inventory", "restart").getStatus()).isEqualTo(400);

            WebEndpointResponse<Object> rolledBack = act(endpoint, "inventory", "rollback");
            assertThat(rolledBack.getStatus()).isEqualTo(200);
            assertThat(rolledBack.getBody()).isEqualTo(Map.of("component", "inventory", "version", 3L, "source",
                    hms.registry().policy("inventory").source()));
            assertThat(hms.registry().policy("inventory").policy().health().interval()).isEqualTo(Duration.ofSeconds(1));
            assertThat(endpoint.decide("patches", "no-such-patch", "promote").getStatus()).isEqualTo(404);
            assertThat(endpoint.decide("patches", "no-such-patch", "later").getStatus()).isEqualTo(400);
        });
    }

    @Test
    void theHmsEndpointShowsIncidentsAndPatchesAndDecidesACanary() throws Exception {
        contexts.run(context -> {
            HmsEndpoint endpoint = context.getBean(HmsEndpoint.class);
            Hms hms = context.getBean(Hms.class);
            context.getBean(Inventory.class).broken.set(true);
            context.getBean(ManualScheduler.class).advance(Duration.ofSeconds(1));
            PolicyPatch patch = PolicyPatch.of("inventory", 1, hms.registry().policy("inventory").policy()
                    .withGuard(hms.registry().policy("inventory").policy().guard()
                            .withTimeout(TimeoutPolicy.of(Duration.ofMillis(700)))), "test", "a shorter timeout");
            hms.configurator().propose(patch);

            HmsEndpoint.Overview overview = endpoint.overview();
            assertThat(overview.incidents()).singleElement().satisfies(i -> {
                assertThat(i.component()).isEqualTo("inventory");
                assertThat(i.trigger()).contains("pool exhausted");
                assertThat(i.resolvedBy()).isNull();
            });
            assertThat(overview.patches()).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo("canary"));
            assertThat(overview.components()).singleElement().satisfies(c -> assertThat(c.health()).isEqualTo("DOWN"));
            HmsEndpoint.ComponentDetail detail = (HmsEndpoint.ComponentDetail) endpoint.component("inventory").getBody();
            assertThat(detail.incidents()).hasSize(1);
            assertThat(detail.policy()).isEqualTo(hms.registry().policy("inventory").policy());

            assertThat(endpoint.decide("patches", patch.id(), "promote").getStatus()).isEqualTo(200);
            assertThat(hms.registry().policy("inventory").policy().guard().timeout().timeout())
                    .isEqualTo(Duration.ofMillis(700));
            assertThat(endpoint.overview().patches()).singleElement()
                    .satisfies(p -> assertThat(p.state()).isEqualTo("promoted"));
            assertThat(endpoint.decide("elsewhere", patch.id(), "promote").getStatus()).isEqualTo(404);
            assertThat(act(endpoint, "nothing", "rollback").getStatus()).isEqualTo(404);
        });
    }

    @Test
    void aPatchOfSettingsGoesIntoACanaryAndABadOneIsRefusedNamingTheSetting() {
        contexts.run(context -> {
            HmsEndpoint endpoint = context.getBean(HmsEndpoint.class);
            Hms hms = context.getBean(Hms.class);

            WebEndpointResponse<Object> proposed = patch(endpoint, "timeout=700ms, breaker.failure-rate-threshold=30", "tighter");
            assertThat(proposed.getStatus()).isEqualTo(202);
            PolicyPatch pending = hms.configurator().pending().getFirst();
            assertThat(pending.reason()).isEqualTo("tighter");
            assertThat(pending.candidate().guard().timeout().timeout()).isEqualTo(Duration.ofMillis(700));
            assertThat(pending.candidate().guard().breaker().failureRateThreshold()).isEqualTo(30f);
            assertThat(pending.candidate().health()).isEqualTo(hms.registry().policy("inventory").policy().health());

            assertThat(patch(endpoint, "breaker.failure-rate=30", null).getBody())
                    .asString().contains("breaker.failure-rate: no such setting");
            assertThat(patch(endpoint, "breaker.failure-rate-threshold=300", null)
                    .getBody()).asString().contains("breaker.failure-rate-threshold: must be in (0, 100]");
            assertThat(patch(endpoint, "timeout=soon", null).getBody()).asString()
                    .contains("timeout: cannot be read");
            assertThat(act(endpoint, "inventory", "patch").getStatus()).isEqualTo(400);
            assertThat(patch(endpoint, "retry.max-attempts="
                    + hms.registry().policy("inventory").policy().guard().retry().maxAttempts(), null).getBody())
                    .asString().contains("the settings give the policy in force");
            assertThat(patch(endpoint, "timeout", null).getBody()).asString()
                    .contains("'timeout' is no key=value pair");
            assertThat(patch(endpoint, "timeout=800ms", null).getStatus())
                    .as("a second patch while the first is in canary").isEqualTo(409);
            assertThat(act(endpoint, "inventory", "optimize").getBody()).asString()
                    .contains("no optimizer");
        });
    }

    @Test
    void theHealthIndicatorsCanBeLeftOut() {
        contexts.withPropertyValues("management.health.hms.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(HmsHealthContributor.class)
                        .hasSingleBean(HmsEndpoint.class));
    }

    @Test
    void aFaultInjectedThroughTheEndpointTakesTheComponentDownUntilItIsReverted() {
        contexts.run(context -> assertThat(fault(context.getBean(HmsEndpoint.class), "kill", "10s").getBody())
                .asString().contains("chaos is off"));
        contexts.withPropertyValues("hms.chaos.enabled=true").run(context -> {
            HmsEndpoint endpoint = context.getBean(HmsEndpoint.class);
            Hms hms = context.getBean(Hms.class);
            ManualScheduler clock = context.getBean(ManualScheduler.class);
            clock.advance(Duration.ofSeconds(1));

            WebEndpointResponse<Object> injected = fault(endpoint, "kill", "10s");
            assertThat(injected.getStatus()).as("%s", injected.getBody()).isEqualTo(201);
            clock.advance(Duration.ofSeconds(1));
            assertThat(hms.health("inventory").status()).isEqualTo(io.hms.api.HealthStatus.DOWN);
            assertThat(hms.chaos().active()).hasSize(1);

            assertThat(act(endpoint, "inventory", "revert").getStatus()).isEqualTo(200);
            assertThat(hms.chaos().active()).isEmpty();
            assertThat(fault(endpoint, "flood", "10s").getBody()).asString().contains("unknown fault 'flood'");
            assertThat(fault(endpoint, "latency", "10s").getBody()).asString().contains("needs \"delay\"");
            assertThat(fault(endpoint, "kill", null).getStatus()).isEqualTo(400);
            assertThat(fault(endpoint, "kill", "10m").getStatus()).as("past the longest fault").isEqualTo(400);
        });
    }

    private static WebEndpointResponse<Object> act(HmsEndpoint endpoint, String component, String action) {
        return endpoint.act(component, action, null, null, null, null, null, null, null);
    }

    private static WebEndpointResponse<Object> patch(HmsEndpoint endpoint, String settings, String reason) {
        return endpoint.act("inventory", "patch", settings, reason, null, null, null, null, null);
    }

    private static WebEndpointResponse<Object> fault(HmsEndpoint endpoint, String kind, String duration) {
        return endpoint.act("inventory", "fault", null, null, kind, duration == null ? null
                : org.springframework.boot.convert.DurationStyle.detectAndParse(duration), null, null, null);
    }

    private static HealthIndicator indicator(HmsHealthContributor health, String component) {
        return (HealthIndicator) health.getContributor(component);
    }

    @Configuration(proxyBeanMethods = false)
    static class Inventory {
        final AtomicBoolean broken = new AtomicBoolean();

        @Bean
        ManualScheduler manualScheduler() {
            return new ManualScheduler();
        }

        @Bean
        HmsBuilderCustomizer manualClock(ManualScheduler clock) {
            return hms -> hms.scheduler(clock);
        }

        @HealthCheck(component = "inventory")
        public Health ping() {
            return broken.get() ? Health.down("pool exhausted") : Health.up();
        }
    }
}
