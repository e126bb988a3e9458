package io.hms.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The examples are what a host copies: they use HMS's public face only, never an {@code internal}
 * package of any module.
 */
class ExamplesBoundariesTest {

    private static final JavaClasses EXAMPLES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hms.examples");

    @Test
    void theExamplesUseNoInternalPackage() {
        noClasses().that().resideInAPackage("io.hms.examples..")
                .should().dependOnClassesThat().resideInAPackage("io.hms..internal..")
                .because("an example shows what a host may write")
                .check(EXAMPLES);
    }
}
