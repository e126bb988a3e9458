package io.hms.admin.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The arrows of hms-admin, kept by the build: it sees and steers a runtime through hms-core's public face
 * (the runtime, its agents' public views, the configurator and chaos), never through an {@code internal}
 * package, and never changes a policy but through the configurator.
 */
class AdminBoundariesTest {

    private static final JavaClasses ADMIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hms.admin");

    @Test
    void theAdminApiUsesNoInternalPackage() {
        noClasses().that().resideInAPackage("io.hms.admin..")
                .should().dependOnClassesThat(resideInAPackage("io.hms..internal.."))
                .because("the admin API is a client of the runtime's public face")
                .check(ADMIN);
    }

    @Test
    void policiesChangeOnlyThroughTheConfigurator() {
        noClasses().that().resideInAPackage("io.hms.admin..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.hms.core.registry.FunctionRegistry")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.hms.core.guard.Guards")
                .because("only the configurator changes a policy: the admin API reads the registry's view")
                .check(ADMIN);
    }
}
