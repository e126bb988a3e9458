package io.hms.benchmarks.soak;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.core.chaos.fault.FaultKind;
import org.junit.jupiter.api.Test;

/**
 * The one-minute soak: 200 virtual threads make guarded calls while faults of every in-process kind come
 * and go on 20 components; the heap after a full collection, the live threads and the event bus's dropped
 * deliveries must each stay within 5 % of their value at 20 s (the heap as the median of three samples, the
 * threads as the least of six; see {@link SoakVerdict}). The ten-minute version is {@code -Psoak}.
 */
class SoakTest {

    @Test
    void heapThreadsAndDroppedEventsHoldTheirBaselineForAMinuteOfFaults() throws Exception {
        SoakResult result = SoakRun.run(SoakOptions.ci(), sample -> { });

        assertThat(result.injected().keySet()).as("fault kinds injected\n%s", result.describe())
                .containsExactlyInAnyOrder(FaultKind.LATENCY, FaultKind.ERROR, FaultKind.KILL, FaultKind.CPU_SPIKE,
                        FaultKind.MEMORY_PRESSURE, FaultKind.LIMIT_EXHAUSTION, FaultKind.EXECUTOR_EXHAUSTION);
        assertThat(result.calls()).as("guarded calls\n%s", result.describe()).isGreaterThan(100_000);
        assertThat(result.escaped()).as("calls that escaped their fallback\n%s", result.describe()).isZero();
        assertThat(result.verdict().passed()).as("%s", result.describe()).isTrue();
    }
}
