package io.hms.ga.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The arrows of hms-ga, kept by the build: it reaches hms-core only through the optimizer's SPI in
 * hms-api, the guard's replay parts and the clock (never an {@code internal} package, never an agent), and
 * its parts (agent, search, replay, playbook) form no cycle.
 */
class GaBoundariesTest {

    private static final JavaClasses GA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hms.ga");

    static final ArchRule REACHES_CORE_ONLY_THROUGH_ITS_DOORS = classes()
            .that().resideInAPackage("io.hms.ga..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.hms.ga..", "io.hms.api..",
                    "io.hms.core.guard.replay..", "io.hms.core.time..", "io.jenetics..", "org.slf4j..", "java..")
            .because("an optimizer plugs in through hms-api's SPI; it replays with the guard's own replay parts");

    @Test
    void hmsGaReachesCoreOnlyThroughItsDoors() {
        REACHES_CORE_ONLY_THROUGH_ITS_DOORS.check(GA);
    }

    @Test
    void thePartsOfHmsGaFormNoCycle() {
        slices().matching("io.hms.ga.(*)..").should().beFreeOfCycles().check(GA);
    }

    @Test
    void aWrongArrowFailsTheRule() {
        JavaClasses wrong = new ClassFileImporter().importClasses(ReachesCoreInternals.class);

        assertThatThrownBy(() -> REACHES_CORE_ONLY_THROUGH_ITS_DOORS.check(wrong))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.hms.core.guard.internal.BreakerMachine");
    }
}
