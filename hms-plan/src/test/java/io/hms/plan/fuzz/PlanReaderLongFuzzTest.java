package io.hms.plan.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The plan reader's fuzz test for a million executions, run by the {@code fuzz} profile
 * ({@code mvn -o -pl hms-plan -am -Pfuzz test}), not by {@code mvn verify}: the same property as
 * {@link PlanReaderFuzzTest}, from the same seeds.
 */
class PlanReaderLongFuzzTest {

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "30m")
    void aPlanIsReadOrRefusedWithThePlansOwnError(byte[] input) {
        new PlanReaderFuzzTest().aPlanIsReadOrRefusedWithThePlansOwnError(input);
    }
}
