package io.hms.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import io.hms.core.Hms;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Each {@code hms.*} property reaches the runtime it builds. */
class EveryPropertyTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HmsAutoConfiguration.class));

    @TempDir
    Path dir;

    @Test
    void everyComponentPropertyIsLaidOverItsDefault() {
        String c = "hms.components.db.";
        contexts.withPropertyValues(c + "timeout=250ms", c + "cluster-breaker=true",
                c + "health.interval=2s", c + "health.timeout=300ms", c + "health.failures-to-down=3",
                c + "health.successes-to-up=4",
                c + "limit.algorithm=GRADIENT", c + "limit.initial=10", c + "limit.min=2", c + "limit.max=40",
                c + "limit.latency-threshold=400ms", c + "limit.max-wait=5ms",
                c + "breaker.window-type=TIME", c + "breaker.window-size=30", c + "breaker.failure-rate-threshold=25",
                c + "breaker.slow-call-rate-threshold=80", c + "breaker.slow-call-duration=1s",
                c + "breaker.minimum-calls=5", c + "breaker.open-duration=3s", c + "breaker.half-open-probes=2",
                c + "retry.max-attempts=4", c + "retry.initial-backoff=20ms", c + "retry.multiplier=3",
                c + "retry.max-backoff=500ms", c + "retry.jitter=0.25").run(context -> {
                    GuardPolicy guard = context.getBean(Hms.class).registry().policy("db").policy().guard();
                    ConcurrencyLimitPolicy defaults = ConcurrencyLimitPolicy.defaults();

                    assertThat(guard.timeout()).isEqualTo(TimeoutPolicy.of(Duration.ofMillis(250)));
                    assertThat(guard.limit()).isEqualTo(new ConcurrencyLimitPolicy(LimitAlgorithm.GRADIENT, 10, 2, 40,
                            defaults.backoffRatio(), Duration.ofMillis(400), defaults.tolerance(), Duration.ofMillis(5)));
                    assertThat(guard.breaker()).isEqualTo(new BreakerPolicy(WindowType.TIME, 30, 25f, 80f,
                            Duration.ofSeconds(1), 5, Duration.ofSeconds(3), 2));
                    assertThat(guard.retry()).isEqualTo(new RetryPolicy(4, Duration.ofMillis(20), 3.0,
                            Duration.ofMillis(500), 0.25));
                    assertThat(context.getBean(Hms.class).registry().policy("db").policy().health())
                            .isEqualTo(new HealthPolicy(Duration.ofSeconds(2), Duration.ofMillis(300), 3, 4));
                    assertThat(context.getBean(HmsProperties.class).getComponents().get("db").isClusterBreaker())
                            .isTrue();
                });
    }

    @Test
    void theRuntimePropertiesReachTheRuntime() {
        Path tokenFile = dir.resolve("admin-token");
        contexts.withPropertyValues("hms.runtime-name=orders", "hms.trace-capacity=1024", "hms.optimizer=false",
                "hms.chaos.enabled=true", "hms.chaos.max-duration=5s", "hms.admin.enabled=true", "hms.admin.port=0",
                "hms.admin.bind-address=127.0.0.1", "hms.admin.token-file=" + tokenFile,
                "hms.admin.anonymous-loopback-reads=true").run(context -> {
                    Hms hms = context.getBean(Hms.class);
                    HmsProperties properties = context.getBean(HmsProperties.class);

                    assertThat(hms.chaos().enabled()).isTrue();
                    assertThat(hms.chaos().options().maxDuration()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(hms.optimizer()).isEmpty();
                    assertThat(hms.admin()).isPresent();
                    assertThat(tokenFile).exists();
                    assertThat(properties.getRuntimeName()).isEqualTo("orders");
                    assertThat(properties.getTraceCapacity()).isEqualTo(1024);
                    assertThat(properties.getAdmin().getBindAddress()).isEqualTo("127.0.0.1");
                    assertThat(properties.getAdmin().isAnonymousLoopbackReads()).isTrue();
                    assertThat(properties.isEnabled()).isTrue();
                    assertThat(properties.getPlan()).isNull();
                });
    }

    @Test
    void aBadRuntimePropertyNamesItself() {
        contexts.withPropertyValues("hms.trace-capacity=-1").run(context -> assertThat(context.getStartupFailure())
                .rootCause().isInstanceOf(HmsPropertyException.class).hasMessageStartingWith("hms.trace-capacity: ")
                .extracting(e -> ((HmsPropertyException) e).property()).isEqualTo("hms.trace-capacity"));
        contexts.withPropertyValues("hms.chaos.enabled=true", "hms.chaos.max-duration=5m").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageStartingWith("hms.chaos.max-duration: "));
        contexts.withPropertyValues("hms.admin.enabled=true", "hms.admin.bind-address=no such host").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageStartingWith("hms.admin.bind-address: "));
        contexts.withPropertyValues("hms.runtime-name= ").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageStartingWith("hms.runtime-name: "));
        contexts.withPropertyValues("hms.components.db.timeout=-1s").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageStartingWith("hms.components.db.timeout: "));
    }
}
