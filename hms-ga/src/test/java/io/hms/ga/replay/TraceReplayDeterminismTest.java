package io.hms.ga.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.GuardPolicy;
import io.hms.ga.workload.SyntheticWorkloads;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceReplayDeterminismTest {

    private static final DependencyModel MODEL = DependencyModel.fromTrace(SyntheticWorkloads.flapping(3L));

    @Test
    void sameTraceSeedAndPolicyGiveTheSameResult() {
        GuardPolicy policy = GuardPolicy.defaults();
        ReplayResult first = TraceReplay.of(MODEL).replay(policy, 42L);
        ReplayResult second = TraceReplay.of(DependencyModel.fromTrace(SyntheticWorkloads.flapping(3L)))
                .replay(policy, 42L);
        assertThat(second).isEqualTo(first);
        assertThat(Double.doubleToLongBits(second.score())).isEqualTo(Double.doubleToLongBits(first.score()));
    }

    @Test
    void differentSeedsDrawDifferentOutcomes() {
        TraceReplay replay = TraceReplay.of(MODEL);
        Set<ReplayResult> results = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            results.add(replay.replay(GuardPolicy.defaults(), seed));
        }
        assertThat(results).hasSizeGreaterThan(1);
    }

    @Test
    void everyOfferedCallEndsExactlyOnce() {
        ReplayResult r = TraceReplay.of(MODEL).replay(GuardPolicy.defaults(), 9L);
        assertThat(r.offeredCalls()).isEqualTo(MODEL.calls());
        assertThat(r.successfulCalls() + r.failedCalls()).isEqualTo(r.offeredCalls());
        assertThat(r.rejectedCalls()).isLessThanOrEqualTo(r.failedCalls());
        assertThat(r.events()).isGreaterThanOrEqualTo(r.offeredCalls() + r.attemptsSent());
    }

    @Test
    void replaysInParallelAgreeWithTheSequentialOne() {
        TraceReplay replay = TraceReplay.of(MODEL);
        ReplayResult expected = replay.replay(GuardPolicy.defaults(), 5L);
        assertThat(java.util.stream.IntStream.range(0, 8).parallel()
                .mapToObj(i -> replay.replay(GuardPolicy.defaults(), 5L)).distinct().toList())
                .containsExactly(expected);
    }
}
