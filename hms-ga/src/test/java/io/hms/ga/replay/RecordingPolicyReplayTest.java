package io.hms.ga.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.optimize.CallRecords;
import io.hms.ga.workload.RecordedTraces;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first thing a replay must get right: played under the policy that recorded the trace, the model gives
 * back what that policy's callers saw. Each stored trace was recorded live under {@link
 * RecordedTraces#recordingPolicy()}; the replay's goodput must come within a tenth of the trace's. The
 * {@code outage-train} trace is left out: there the recording policy's breaker (50 % of its last 100 calls)
 * opened on exactly 50 failures, amid the first answers after the recovery, and a replay lands on either side
 * of that edge with the bucket's length (62 to 173 good calls a second between 280 and 320 ms).
 */
class RecordingPolicyReplayTest {

    @ParameterizedTest
    @ValueSource(strings = {"overload-train", "error-bursts-train", "outage-mid-bucket-train", "degradation-train"})
    void replayingTheRecordingPolicyGivesBackTheGoodputItsCallersSaw(String name) {
        CallRecords trace = RecordedTraces.load(name);
        DependencyModel model = DependencyModel.fromTrace(trace);
        double recorded = trace.count(CallRecords.Outcome.SUCCESS) / (model.durationNanos() / 1e9);
        double replayed = 0;
        for (long seed = 1; seed <= 3; seed++) {
            replayed += TraceReplay.of(model).replay(RecordedTraces.recordingPolicy(), seed).goodputPerSecond() / 3;
        }

        assertThat(replayed).as("%s: %s", name, model).isBetween(0.9 * recorded, 1.1 * recorded);
    }
}
