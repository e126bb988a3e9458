package io.hms.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A plan asked for without hms-plan on the class path: an error that names the dependency. */
class PlanStartTest {

    @Test
    void aPlanWithoutHmsPlanNamesTheDependencyToAdd() {
        assertThatThrownBy(() -> Hms.builder().plan(Path.of("checkout.hms.yaml")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("checkout.hms.yaml").hasMessageContaining("io.hms:hms-plan");
    }
}
