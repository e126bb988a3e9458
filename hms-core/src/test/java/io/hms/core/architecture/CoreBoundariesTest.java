package io.hms.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.hms.core.time.fixture.FoundationThatReachesAnAgent;
import org.junit.jupiter.api.Test;

/**
 * The arrows inside hms-core, kept by the build: its parts form no cycle, the foundation (clock, bus,
 * registry, supervisor, coordinator) knows no agent, the guard on the call path reaches only the clock and
 * the API, each agent is reached only by the parts that host or drive it, and the parts of chaos depend one
 * way: the fault catalogue, its injections, the agent, experiments, their meta-metrics.
 */
class CoreBoundariesTest {

    private static final String[] AGENTS = {"io.hms.core.monitor..", "io.hms.core.guard..", "io.hms.core.healer..",
        "io.hms.core.configurator..", "io.hms.core.metrics..", "io.hms.core.chaos..", "io.hms.core.optimizer.."};

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hms.core");

    static final ArchRule NO_CYCLES = slices().matching("io.hms.core.(*)..").should().beFreeOfCycles();

    static final ArchRule FOUNDATION_KNOWS_NO_AGENT = noClasses()
            .that().resideInAnyPackage("io.hms.core.time..", "io.hms.core.event..", "io.hms.core.registry..",
                    "io.hms.core.supervisor..", "io.hms.core.coordinator..", "io.hms.core.internal..")
            .should().dependOnClassesThat().resideInAnyPackage(AGENTS)
            .because("the agents are built on the foundation; an arrow back would tie every agent to that one");

    static final ArchRule GUARD_REACHES_ONLY_CLOCK_AND_API = classes()
            .that().resideInAPackage("io.hms.core.guard..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.hms.core.guard..", "io.hms.core.time..",
                    "io.hms.api..", "java..", "org.slf4j..")
            .because("the guard sits on every guarded call: it must not wait on, or allocate for, another agent");

    static final ArchRule AGENTS_REACHED_ONLY_BY_THEIR_HOSTS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Runtime").definedBy("io.hms.core")
            .layer("Monitor").definedBy("io.hms.core.monitor..")
            .layer("Guard").definedBy("io.hms.core.guard..")
            .layer("Healer").definedBy("io.hms.core.healer..")
            .layer("Configurator").definedBy("io.hms.core.configurator..")
            .layer("Metrics").definedBy("io.hms.core.metrics..")
            .layer("Chaos").definedBy("io.hms.core.chaos..")
            .layer("OptimizerHost").definedBy("io.hms.core.optimizer..")
            .whereLayer("OptimizerHost").mayOnlyBeAccessedByLayers("Runtime")
            .whereLayer("Chaos").mayOnlyBeAccessedByLayers("Runtime")
            .whereLayer("Healer").mayOnlyBeAccessedByLayers("Runtime", "OptimizerHost")
            .whereLayer("Configurator").mayOnlyBeAccessedByLayers("Runtime", "OptimizerHost")
            .whereLayer("Monitor").mayOnlyBeAccessedByLayers("Runtime", "Healer", "Chaos")
            .whereLayer("Metrics").mayOnlyBeAccessedByLayers("Runtime", "Chaos")
            .whereLayer("Guard").mayOnlyBeAccessedByLayers("Runtime", "Metrics", "Chaos", "OptimizerHost");

    static final ArchRule CHAOS_PARTS_ONE_WAY = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Catalogue").definedBy("io.hms.core.chaos.fault..")
            .layer("Injections").definedBy("io.hms.core.chaos.internal..")
            .layer("ChaosAgent").definedBy("io.hms.core.chaos")
            .layer("Experiments").definedBy("io.hms.core.chaos.experiment..")
            .layer("ChaosMetrics").definedBy("io.hms.core.chaos.metrics..")
            .whereLayer("ChaosMetrics").mayNotBeAccessedByAnyLayer()
            .whereLayer("Experiments").mayOnlyBeAccessedByLayers("ChaosMetrics")
            .whereLayer("ChaosAgent").mayOnlyBeAccessedByLayers("Experiments")
            .whereLayer("Injections").mayOnlyBeAccessedByLayers("ChaosAgent")
            .whereLayer("Catalogue").mayOnlyBeAccessedByLayers("Injections", "ChaosAgent", "Experiments", "ChaosMetrics");

    @Test
    void thePartsOfCoreFormNoCycle() {
        NO_CYCLES.check(CORE);
    }

    @Test
    void theFoundationKnowsNoAgent() {
        FOUNDATION_KNOWS_NO_AGENT.check(CORE);
    }

    @Test
    void theGuardReachesOnlyTheClockAndTheApi() {
        GUARD_REACHES_ONLY_CLOCK_AND_API.check(CORE);
    }

    @Test
    void eachAgentIsReachedOnlyByThePartsThatHostOrDriveIt() {
        AGENTS_REACHED_ONLY_BY_THEIR_HOSTS.check(CORE);
    }

    @Test
    void thePartsOfChaosDependOneWay() {
        CHAOS_PARTS_ONE_WAY.check(CORE);
    }

    @Test
    void aWrongArrowFailsTheRule() {
        JavaClasses wrong = new ClassFileImporter().importClasses(FoundationThatReachesAnAgent.class);

        assertThatThrownBy(() -> FOUNDATION_KNOWS_NO_AGENT.check(wrong))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FoundationThatReachesAnAgent.class.getName())
                .hasMessageContaining("io.hms.core.healer.Healer");
    }
}
