package io.hms.benchmarks.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakVerdictTest {

    private static final SoakOptions OPTIONS = SoakOptions.ci(); // baseline at 20 s, a sample every 5 s, ±5 %

    @Test
    void steadyFiguresPass() {
        List<Sample> samples = samples(new long[] {100, 101, 99, 100, 100, 102, 98, 100, 101, 100, 99, 100});
        SoakVerdict verdict = SoakVerdict.of(samples, OPTIONS);
        assertThat(verdict.passed()).as(verdict.describe()).isTrue();
    }

    @Test
    void aHeapThatKeepsGrowingFails() {
        long[] heap = new long[12];
        for (int i = 0; i < heap.length; i++) {
            heap[i] = 100 + 2L * i; // 2 % of the start per sample: +16 % at the end against the baseline's 106
        }
        SoakVerdict verdict = SoakVerdict.of(samples(heap), OPTIONS);
        assertThat(verdict.drifted()).containsExactly("heapAfterGc");
        MetricVerdict judged = verdict.metrics().getFirst();
        assertThat(judged.baseline()).isEqualTo(104); // median of the samples at 10, 15 and 20 s
        assertThat(judged.worstDeviation()).isCloseTo((120 - 104) / 104.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(judged.worstAt()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void oneOutlyingSampleDoesNotDecideButTwoInARowDo() {
        long[] once = {100, 100, 100, 100, 100, 100, 130, 100, 100, 100, 100, 100};
        assertThat(SoakVerdict.of(samples(once), OPTIONS).passed()).isTrue();
        long[] twice = {100, 100, 100, 100, 100, 100, 130, 130, 100, 100, 100, 100};
        assertThat(SoakVerdict.of(samples(twice), OPTIONS).drifted()).containsExactly("heapAfterGc");
    }

    @Test
    void threadsInFlightBetweenSamplesPassEvenInBurstsOfSeveralSamples() {
        int[] bursts = {200, 230, 200, 200, 240, 235, 238, 250, 241, 200, 260, 200};
        SoakVerdict verdict = SoakVerdict.of(samples(bursts), OPTIONS);
        assertThat(verdict.passed()).as(verdict.describe()).isTrue();
    }

    @Test
    void aThreadThatNeverEndsRaisesTheFloor() {
        int[] leaking = {200, 200, 200, 200, 204, 208, 212, 216, 220, 224, 228, 232};
        SoakVerdict verdict = SoakVerdict.of(samples(leaking), OPTIONS);
        assertThat(verdict.drifted()).containsExactly("liveThreads");
        assertThat(verdict.metrics().get(1).highest()).isEqualTo(212); // the least of the last six samples
    }

    @Test
    void aBacklogThatComesAndGoesNearEmptyPassesAndOneThatGrowsFails() {
        long[] heap = {100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100};
        int[] jitter = {0, 3, 0, 0, 4, 0, 2, 0, 5, 5, 0, 1};
        assertThat(SoakVerdict.of(samples(heap, jitter), OPTIONS).passed()).isTrue();
        int[] behind = {0, 0, 0, 0, 0, 10, 20, 40, 80, 160, 320, 640};
        SoakVerdict verdict = SoakVerdict.of(samples(heap, behind), OPTIONS);
        assertThat(verdict.drifted()).containsExactly("eventBacklog");
    }

    @Test
    void droppedEventsThatWereNoneMustStayNone() {
        List<Sample> samples = new ArrayList<>(samples(new long[] {100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
            100, 100}));
        Sample last = samples.getLast();
        samples.set(samples.size() - 1, new Sample(last.elapsed(), last.heapAfterGc(), last.liveThreads(),
                last.platformThreads(), last.hmsThreads(), 1, 0, last.calls(), last.incidents()));
        SoakVerdict verdict = SoakVerdict.of(samples, OPTIONS);
        assertThat(verdict.drifted()).containsExactly("droppedEvents");
        assertThat(verdict.describe()).contains("droppedEvents", "from 0", "FAIL");
    }

    @Test
    void aVerdictNeedsSamplesUpToTheBaselineAndOneAfter() {
        assertThatThrownBy(() -> SoakVerdict.of(samples(new long[] {100, 100, 100, 100}), OPTIONS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one after it");
    }

    /** One sample every 5 s with these live threads; heap steady, nothing dropped. */
    private static List<Sample> samples(int[] threads) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < threads.length; i++) {
            samples.add(new Sample(Duration.ofSeconds(5L * (i + 1)), 100, threads[i], 14, 7, 0, 0, 1000L * i, 0));
        }
        return samples;
    }

    /** One sample every 5 s with these heap figures; threads steady at 200, nothing waiting or dropped. */
    private static List<Sample> samples(long[] heap) {
        return samples(heap, new int[heap.length]);
    }

    /** One sample every 5 s with these heap and backlog figures; threads steady at 200, nothing dropped. */
    private static List<Sample> samples(long[] heap, int[] backlog) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < heap.length; i++) {
            samples.add(new Sample(Duration.ofSeconds(5L * (i + 1)), heap[i], 200, 14, 7, 0, backlog[i], 1000L * i, 0));
        }
        return samples;
    }
}
