package io.hms.plan.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hms.plan.PlanException;
import io.hms.plan.Plans;

/**
 * Coverage-guided fuzzing of the plan reader (Jazzer): whatever the text, reading it either gives a plan or
 * throws the documented {@link PlanException}; any other exception, a hang or a crash is a finding. In
 * {@code mvn verify} it replays its seeds (the corpus of valid and invalid plans under
 * {@code PlanReaderFuzzTestInputs}); {@code JAZZER_FUZZ=1} fuzzes, see the README.
 */
class PlanReaderFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void aPlanIsReadOrRefusedWithThePlansOwnError(byte[] input) {
        try {
            Plans.parse(new String(input, java.nio.charset.StandardCharsets.UTF_8), "fuzz.yaml");
        } catch (PlanException documented) {
            // the one way a plan may be refused
        }
    }
}
