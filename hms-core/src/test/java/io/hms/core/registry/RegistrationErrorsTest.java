package io.hms.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hms.api.ComponentSpec;
import io.hms.api.Fallback;
import io.hms.api.FunctionKind;
import io.hms.api.Health;
import io.hms.api.HealthCheck;
import io.hms.api.Repair;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every refused registration names its place and the fix, and is all or nothing: none of the failing
 * batch is registered and everything registered before is still there.
 */
class RegistrationErrorsTest {

    private final FunctionRegistry registry = new FunctionRegistry(() -> Instant.EPOCH);

    @BeforeEach
    void registerWhatMustSurvive() {
        new StagedRegistrar("setup")
                .component(ComponentSpec.of("db"))
                .healthCheck("db", "ping", Health::up)
                .repair("db", "reset", 1, Duration.ofSeconds(1), ctx -> true)
                .fallback("db", cause -> "cached")
                .applyTo(registry);
    }

    @Test
    void unknownComponentListsTheKnownOnes() {
        RegistrationException e = refused(r -> r.repair("nosuch", "fix", 1, Duration.ofSeconds(1), ctx -> true));
        assertThat(e).hasMessage("builder: unknown component 'nosuch'; declare it first with "
                + "Hms.builder().component(ComponentSpec.of(\"nosuch\")) or Registrar.component(...), "
                + "or use a declared one: cache, db");
    }

    @Test
    void aComponentDeclaredAfterAFunctionNamingItIsRefusedAtOnce() {
        StagedRegistrar registrar = new StagedRegistrar("builder")
                .healthCheck("late", "ping", Health::up)
                .repair("late", "reset", 1, Duration.ofSeconds(1), ctx -> true);

        assertThatThrownBy(() -> registrar.component(ComponentSpec.of("late")))
                .isInstanceOf(RegistrationException.class)
                .hasMessage("builder: component 'late' is declared after the HEALTH_CHECK 'ping', the REPAIR 'reset' "
                        + "that name it; a function must name a component declared before it, so declare 'late' first");
    }

    @Test
    void aFunctionForAComponentTheRegistryHoldsNeedsNoDeclarationInItsBatch() {
        new StagedRegistrar("later").healthCheck("db", "replica", Health::up).applyTo(registry);

        assertThat(registry.find("db", FunctionKind.HEALTH_CHECK, "replica")).isPresent();
    }

    @Test
    void duplicateComponentNamesTheOriginAndSaysDeclareOnce() {
        RegistrationException e = refused(r -> r.component(ComponentSpec.of("db")));
        assertThat(e.getMessage()).startsWith("builder: component 'db' is already declared")
                .contains("setup")
                .endsWith("declare each component once");
    }

    @Test
    void duplicateComponentWithinOneBatchIsRefused() {
        RegistrationException e = refused(r -> r.component(ComponentSpec.of("cache")));
        assertThat(e).hasMessage(
                "builder: component 'cache' is already declared (builder); declare each component once");
    }

    @Test
    void duplicateFunctionNameSaysRenameOrUnregister() {
        RegistrationException e = refused(r -> r.healthCheck("db", "ping", Health::up));
        assertThat(e).hasMessage("builder: a HEALTH_CHECK named 'ping' is already registered for 'db' (setup); "
                + "give it another name or unregister the other first");
    }

    @Test
    void duplicateFunctionNameWithinOneBatchIsRefused() {
        RegistrationException e = refused(r -> r.healthCheck("cache", "ok", Health::up));
        assertThat(e.getMessage()).contains("a HEALTH_CHECK named 'ok' is already registered for 'cache'");
    }

    @Test
    void secondFallbackSaysAtMostOne() {
        RegistrationException e = refused(r -> r.annotated(new SecondFallback()));
        assertThat(e).hasMessage(SecondFallback.class.getName() + "#cached(): component 'db' already has a fallback "
                + "(setup); a component has at most one, unregister the other first");
    }

    @Test
    void healthCheckWithParametersNamesTheMethod() {
        RegistrationException e = refused(r -> r.annotated(new HealthCheckWithParameter()));
        assertThat(e).hasMessage(HealthCheckWithParameter.class.getName()
                + "#check(String): a @HealthCheck method takes no arguments; change its parameters");
    }

    @Test
    void healthCheckWithWrongReturnTypeSaysWhatToReturn() {
        RegistrationException e = refused(r -> r.annotated(new HealthCheckReturningString()));
        assertThat(e).hasMessage(HealthCheckReturningString.class.getName()
                + "#check(): a @HealthCheck method must return Health, boolean or void, not String");
    }

    @Test
    void repairAtLevelZeroSaysLevelsStartAtOne() {
        RegistrationException e = refused(r -> r.annotated(new RepairAtLevelZero()));
        assertThat(e).hasMessage(RepairAtLevelZero.class.getName()
                + "#fix(): @Repair level must be at least 1 (1 = the cheapest repair), got 0");
    }

    @Test
    void badDurationTextShowsTheAcceptedForms() {
        RegistrationException e = refused(r -> r.annotated(new RepairWithBadTimeout()));
        assertThat(e).hasMessage(RepairWithBadTimeout.class.getName()
                + "#fix(): timeout: '5 sec' is not a duration; write e.g. 250ms, 2s, 1m, 1h or PT0.5S");
    }

    @Test
    void fallbackReturningVoidSaysChangeTheReturnType() {
        RegistrationException e = refused(r -> r.annotated(new VoidFallback()));
        assertThat(e).hasMessage(VoidFallback.class.getName() + "#fallback(Throwable): a @Fallback method must return "
                + "the value callers get in place of the component; change its return type from void");
    }

    @Test
    void twoAnnotationsOnOneMethodSaysSplitIt() {
        RegistrationException e = refused(r -> r.annotated(new TwoAnnotations()));
        assertThat(e).hasMessage(TwoAnnotations.class.getName()
                + "#both(): a method may carry only one of @HealthCheck, @Repair, @Fallback; split it");
    }

    @Test
    void anObjectWithoutAnnotatedMethodsSaysAnnotateOrRegisterInCode() {
        RegistrationException e = refused(r -> r.annotated(new NoAnnotations()));
        assertThat(e).hasMessage(NoAnnotations.class.getName()
                + ": has no @HealthCheck, @Repair or @Fallback method; annotate its methods or register it in code");
    }

    @Test
    void everyProblemOfAnObjectIsListedAtOnce() {
        RegistrationException e = refused(r -> r.annotated(new ManyProblems()));
        assertThat(e.problems()).hasSize(3);
        assertThat(e.getMessage()).startsWith("3 registration problems:\n  - ")
                .contains(ManyProblems.class.getName() + "#a(int)")
                .contains(ManyProblems.class.getName() + "#b()")
                .contains(ManyProblems.class.getName() + "#c()");
    }

    @Test
    void unknownComponentInAnAnnotationNamesTheMethod() {
        RegistrationException e = refused(r -> r.annotated(new UnknownComponentHost()));
        assertThat(e.getMessage()).startsWith(UnknownComponentHost.class.getName() + "#check(): unknown component "
                + "'elsewhere'");
    }

    @Test
    void badArgumentsInCodeAreRefusedAtOnceNamingTheOrigin() {
        StagedRegistrar registrar = new StagedRegistrar("plugin com.acme.P");
        assertThatThrownBy(() -> registrar.repair("db", "fix", 0, Duration.ofSeconds(1), ctx -> true))
                .isInstanceOf(RegistrationException.class)
                .hasMessage("plugin com.acme.P: repair level must be at least 1, got 0");
        assertThatThrownBy(() -> registrar.healthCheck("db", "ping", null))
                .isInstanceOf(RegistrationException.class)
                .hasMessage("plugin com.acme.P: the function");
        assertThatThrownBy(() -> registrar.healthCheck("db", "bad name", Health::up))
                .isInstanceOf(RegistrationException.class)
                .hasMessageStartingWith("plugin com.acme.P: name must be 1-64");
    }

    /**
     * Stages a batch that declares {@code cache} with a health check {@code ok}, then adds the bad part,
     * applies it, and checks the refusal left the registry as set up.
     */
    private RegistrationException refused(Consumer<StagedRegistrar> bad) {
        Throwable thrown = catchThrowable(() -> {
            StagedRegistrar registrar = new StagedRegistrar("builder")
                    .component(ComponentSpec.of("cache"))
                    .healthCheck("cache", "ok", Health::up);
            bad.accept(registrar);
            registrar.applyTo(registry);
        });
        assertThat(thrown).isInstanceOf(RegistrationException.class);
        assertThat(registry.componentNames()).containsExactly("db");
        assertThat(registry.functions()).extracting(f -> f.kind() + " " + f.name() + " " + f.origin())
                .containsExactlyInAnyOrder("HEALTH_CHECK ping setup", "REPAIR reset setup", "FALLBACK fallback setup");
        assertThat(registry.find("db", FunctionKind.HEALTH_CHECK, "ping")).isPresent();
        return (RegistrationException) thrown;
    }

    static final class SecondFallback {
        @Fallback(component = "db")
        String cached() {
            return "other";
        }
    }

    static final class HealthCheckWithParameter {
        @HealthCheck(component = "db")
        Health check(String arg) {
            return Health.up();
        }
    }

    static final class HealthCheckReturningString {
        @HealthCheck(component = "db")
        String check() {
            return "up";
        }
    }

    static final class RepairAtLevelZero {
        @Repair(component = "db", level = 0)
        void fix() {
        }
    }

    static final class RepairWithBadTimeout {
        @Repair(component = "db", level = 2, timeout = "5 sec")
        void fix() {
        }
    }

    static final class VoidFallback {
        @Fallback(component = "db")
        void fallback(Throwable cause) {
        }
    }

    static final class TwoAnnotations {
        @HealthCheck(component = "db")
        @Repair(component = "db", level = 1)
        boolean both() {
            return true;
        }
    }

    static final class NoAnnotations {
        boolean check() {
            return true;
        }
    }

    static final class ManyProblems {
        @HealthCheck(component = "db")
        Health a(int x) {
            return Health.up();
        }

        @Repair(component = "db", level = -1)
        void b() {
        }

        @Fallback(component = "db")
        void c() {
        }

        @HealthCheck(component = "db", name = "fine")
        Health d() {
            return Health.up();
        }
    }

    static final class UnknownComponentHost {
        @HealthCheck(component = "elsewhere")
        boolean check() {
            return true;
        }
    }
}
