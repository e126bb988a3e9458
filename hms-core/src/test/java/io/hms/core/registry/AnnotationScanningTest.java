package io.hms.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.Fallback;
import io.hms.api.FunctionKind;
import io.hms.api.Health;
import io.hms.api.HealthCheck;
import io.hms.api.HealthStatus;
import io.hms.api.Repair;
import io.hms.api.RepairContext;
import io.hms.api.spi.LockLease;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Annotated methods become functions whose invokers call the method and surface its own exceptions. */
class AnnotationScanningTest {

    private static final RepairContext CONTEXT =
            new RepairContext("db", "inc-1", 1, 1, "ping failed", Duration.ofSeconds(1),
                    new LockLease("hms.heal.db", "node-1", 1, Instant.EPOCH));

    @Test
    void healthChecksReturningHealthBooleanOrVoidAreAdapted() throws Exception {
        Map<String, RegisteredFunction> f = scan(new HealthChecks());

        assertThat(f.get("health").healthCheck().check()).isEqualTo(Health.down("pool empty"));
        assertThat(f.get("yes").healthCheck().check()).isEqualTo(Health.up());
        Health no = f.get("no").healthCheck().check();
        assertThat(no.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(no.reason()).isEqualTo("no returned false");
        assertThat(f.get("quiet").healthCheck().check()).isEqualTo(Health.up());
    }

    @Test
    void healthCheckDescriptorTakesNameIntervalAndTimeoutFromTheAnnotation() {
        Map<String, RegisteredFunction> f = scan(new HealthChecks());
        RegisteredFunction named = f.get("reachable");
        assertThat(named.descriptor().interval()).isEqualTo(Duration.ofMillis(500));
        assertThat(named.descriptor().timeout()).isEqualTo(Duration.ofMillis(200));
        assertThat(named.origin()).isEqualTo(HealthChecks.class.getName() + "#withTimings()");
        RegisteredFunction plain = f.get("health");
        assertThat(plain.descriptor().interval()).isZero();
        assertThat(plain.descriptor().timeout()).isZero();
        assertThat(plain.kind()).isEqualTo(FunctionKind.HEALTH_CHECK);
        assertThat(plain.component()).isEqualTo("db");
    }

    @Test
    void repairsRunWithOrWithoutContextAndReportFalse() throws Exception {
        Repairs host = new Repairs();
        Map<String, RegisteredFunction> f = scan(host);

        assertThat(f.get("plain").repair().repair(CONTEXT)).isTrue();
        assertThat(host.plainRuns.get()).isEqualTo(1);
        assertThat(f.get("withContext").repair().repair(CONTEXT)).isTrue();
        assertThat(host.seen).containsExactly(CONTEXT);
        assertThat(f.get("cannot").repair().repair(CONTEXT)).isFalse();
    }

    @Test
    void repairDescriptorTakesLevelAndTimeoutWithFiveSecondsByDefault() {
        Map<String, RegisteredFunction> f = scan(new Repairs());
        assertThat(f.get("plain").descriptor().level()).isEqualTo(1);
        assertThat(f.get("plain").descriptor().timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(f.get("withContext").descriptor().level()).isEqualTo(2);
        assertThat(f.get("withContext").descriptor().timeout()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void fallbacksRunWithOrWithoutTheCause() throws Exception {
        IOException cause = new IOException("down");
        assertThat(scan(new FallbackWithCause()).get("answer").fallback().apply(cause)).isEqualTo("cached: down");
        assertThat(scan(new FallbackWithoutCause()).get("named").fallback().apply(cause)).isEqualTo(42);
    }

    @Test
    void aThrowingMethodSurfacesItsOwnException() {
        Map<String, RegisteredFunction> f = scan(new Throwers());
        assertThatThrownBy(() -> f.get("checked").healthCheck().check())
                .isExactlyInstanceOf(IOException.class).hasMessage("no route");
        assertThatThrownBy(() -> f.get("unchecked").repair().repair(CONTEXT))
                .isExactlyInstanceOf(IllegalStateException.class).hasMessage("broken");
        assertThatThrownBy(() -> f.get("error").fallback().apply(new RuntimeException()))
                .isExactlyInstanceOf(AssertionError.class).hasMessage("bug");
    }

    @Test
    void privateMethodsAreCalled() throws Exception {
        assertThat(scan(new PrivateMethods()).get("secret").healthCheck().check()).isEqualTo(Health.degraded("hidden"));
    }

    @Test
    void staticMethodsAreCalledWithoutTheInstance() throws Exception {
        StaticMethods.runs.set(0);
        RegisteredFunction repair = scan(new StaticMethods()).get("restart");
        assertThat(repair.repair().repair(CONTEXT)).isTrue();
        assertThat(StaticMethods.runs).hasValue(1);
        assertThat(repair.origin()).isEqualTo("static " + StaticMethods.class.getName() + "#restart()");
    }

    @Test
    void inheritedMethodsAreFoundAndDispatchToTheInstance() throws Exception {
        Map<String, RegisteredFunction> f = scan(new Child());
        assertThat(f).containsOnlyKeys("baseCheck", "childRepair", "overridden");
        assertThat(f.get("baseCheck").healthCheck().check()).isEqualTo(Health.down("child says down"));
        assertThat(f.get("baseCheck").origin()).isEqualTo(Base.class.getName() + "#baseCheck()");
    }

    @Test
    void anAnnotatedMethodOverriddenWithTheAnnotationIsRegisteredOnce() throws Exception {
        List<RegisteredFunction> found = AnnotationScanner.scan(new Child());
        assertThat(found).filteredOn(fn -> fn.name().equals("overridden")).singleElement()
                .satisfies(fn -> {
                    assertThat(fn.origin()).isEqualTo(Child.class.getName() + "#overridden()");
                    assertThat(fn.healthCheck().check()).isEqualTo(Health.up());
                });
    }

    private static Map<String, RegisteredFunction> scan(Object host) {
        return AnnotationScanner.scan(host).stream()
                .collect(Collectors.toMap(RegisteredFunction::name, Function.identity()));
    }

    static class HealthChecks {
        @HealthCheck(component = "db")
        Health health() {
            return Health.down("pool empty");
        }

        @HealthCheck(component = "db")
        boolean yes() {
            return true;
        }

        @HealthCheck(component = "db")
        boolean no() {
            return false;
        }

        @HealthCheck(component = "db")
        void quiet() {
        }

        @HealthCheck(component = "db", name = "reachable", interval = "500ms", timeout = "PT0.2S")
        Health withTimings() {
            return Health.up();
        }
    }

    static class Repairs {
        final AtomicInteger plainRuns = new AtomicInteger();
        final List<RepairContext> seen = new ArrayList<>();

        @Repair(component = "db", level = 1)
        void plain() {
            plainRuns.incrementAndGet();
        }

        @Repair(component = "db", level = 2, timeout = "1m")
        boolean withContext(RepairContext context) {
            seen.add(context);
            return true;
        }

        @Repair(component = "db", level = 3)
        boolean cannot() {
            return false;
        }
    }

    static class FallbackWithCause {
        @Fallback(component = "db")
        String answer(Throwable cause) {
            return "cached: " + cause.getMessage();
        }
    }

    static class FallbackWithoutCause {
        @Fallback(component = "db", name = "named")
        Integer answer() {
            return 42;
        }
    }

    static class Throwers {
        @HealthCheck(component = "db")
        Health checked() throws IOException {
            throw new IOException("no route");
        }

        @Repair(component = "db", level = 1)
        void unchecked() {
            throw new IllegalStateException("broken");
        }

        @Fallback(component = "db")
        String error() {
            throw new AssertionError("bug");
        }
    }

    static class PrivateMethods {
        @HealthCheck(component = "db")
        private Health secret() {
            return Health.degraded("hidden");
        }
    }

    static class StaticMethods {
        static final AtomicInteger runs = new AtomicInteger();

        @Repair(component = "db", level = 2)
        static void restart() {
            runs.incrementAndGet();
        }
    }

    static class Base {
        @HealthCheck(component = "db")
        Health baseCheck() {
            return Health.up();
        }

        @HealthCheck(component = "db")
        Health overridden() {
            return Health.down("base");
        }
    }

    static class Child extends Base {
        @Override
        Health baseCheck() {
            return Health.down("child says down");
        }

        @Override
        @HealthCheck(component = "db")
        Health overridden() {
            return Health.up();
        }

        @Repair(component = "db", level = 1)
        void childRepair() {
        }
    }
}
