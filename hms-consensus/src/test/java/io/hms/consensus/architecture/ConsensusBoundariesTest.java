package io.hms.consensus.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The arrows of hms-consensus, kept by the build: the Raft coordinator implements hms-api's SPI (the
 * coordinator and the cluster faults) and uses hms-core's clock and threads, nothing else of hms-core.
 */
class ConsensusBoundariesTest {

    private static final JavaClasses CONSENSUS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hms.consensus");

    @Test
    void theCoordinatorUsesOnlyTheClockAndThreadsOfCore() {
        noClasses().that().resideInAPackage("io.hms.consensus..")
                .should().dependOnClassesThat(resideInAPackage("io.hms.core..")
                        .and(not(resideInAPackage("io.hms.core.time.."))))
                .because("a coordinator plugs in through hms-api's SPI")
                .check(CONSENSUS);
    }

    @Test
    void thePartsOfHmsConsensusFormNoCycle() {
        slices().matching("io.hms.consensus.(*)..").should().beFreeOfCycles().check(CONSENSUS);
    }
}
