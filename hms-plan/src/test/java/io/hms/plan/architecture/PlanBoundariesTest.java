package io.hms.plan.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The arrows of hms-plan, kept by the build: a plan is read into the API's policies; it reaches hms-core only
 * through the plan interface the builder calls, never through the runtime's agents or an internal package.
 */
class PlanBoundariesTest {

    private static final JavaClasses PLAN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hms.plan");

    @Test
    void plansReachHmsCoreOnlyThroughItsPlanInterface() {
        noClasses().that().resideInAPackage("io.hms.plan..")
                .should().dependOnClassesThat(resideInAPackage("io.hms.core..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(resideInAPackage("io.hms.core.plan.."))))
                .because("a plan is data: the API's policies, read for the builder through io.hms.core.plan")
                .check(PLAN);
    }
}
