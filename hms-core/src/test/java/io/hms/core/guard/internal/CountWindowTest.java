package io.hms.core.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CountWindowTest {

    @Test
    void runningTotalsFollowTheRingAsOutcomesAreReplaced() {
        CountWindow window = CountWindow.of(3);
        window.record(Outcomes.FAILURE);
        window.record(Outcomes.SUCCESS | Outcomes.SLOW);
        window.record(Outcomes.SUCCESS);
        assertThat(window.failedCalls()).isEqualTo(1);
        assertThat(window.slowCalls()).isEqualTo(1);

        window.record(Outcomes.SUCCESS); // replaces the failure
        window.record(Outcomes.SUCCESS); // replaces the slow success

        assertThat(window.bufferedCalls()).isEqualTo(3);
        assertThat(window.failedCalls()).isZero();
        assertThat(window.slowCalls()).isZero();
        assertThat(window.outcomes()).containsExactly(Outcomes.SUCCESS, Outcomes.SUCCESS, Outcomes.SUCCESS);
    }

    @Test
    void aConfinedWindowKeepsTheSameTotalsAsASharedOne() {
        CountWindow shared = CountWindow.of(7);
        CountWindow confined = CountWindow.of(7, true);
        int[] kinds = {Outcomes.SUCCESS, Outcomes.FAILURE, Outcomes.SUCCESS | Outcomes.SLOW,
                Outcomes.FAILURE | Outcomes.SLOW};
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int i = 0; i < 1_000; i++) {
            int outcome = kinds[random.nextInt(kinds.length)];
            shared.record(outcome);
            confined.record(outcome);
            assertThat(confined.bufferedCalls()).isEqualTo(shared.bufferedCalls());
            assertThat(confined.failedCalls()).isEqualTo(shared.failedCalls());
            assertThat(confined.slowCalls()).isEqualTo(shared.slowCalls());
        }
        assertThat(confined.outcomes()).containsExactly(shared.outcomes());
    }

    @Test
    void clearForgetsEverything() {
        CountWindow window = CountWindow.of(3);
        window.record(Outcomes.FAILURE);
        window.clear();

        assertThat(window.bufferedCalls()).isZero();
        assertThat(window.failedCalls()).isZero();
        assertThat(window.outcomes()).isEmpty();
    }

    @Test
    void totalsMatchTheRingsContentsAfterARace() throws Exception {
        CountWindow window = CountWindow.of(64);
        List<CompletableFuture<Void>> racers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (int t = 0; t < 4; t++) {
                int offset = t;
                racers.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 50_000; i++) {
                        int n = i + offset;
                        window.record(n % 4 == 0 ? Outcomes.FAILURE
                                : n % 7 == 0 ? Outcomes.SUCCESS | Outcomes.SLOW : Outcomes.SUCCESS);
                    }
                }, threads));
            }
            CompletableFuture.allOf(racers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }

        int[] outcomes = window.outcomes();
        assertThat(window.bufferedCalls()).isEqualTo(64).isEqualTo(outcomes.length);
        assertThat(window.failedCalls())
                .isEqualTo((int) Arrays.stream(outcomes).filter(o -> (o & Outcomes.FAILED) != 0).count());
        assertThat(window.slowCalls())
                .isEqualTo((int) Arrays.stream(outcomes).filter(o -> (o & Outcomes.SLOW) != 0).count());
    }
}
