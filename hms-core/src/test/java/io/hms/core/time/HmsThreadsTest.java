package io.hms.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.core.testing.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A runtime's thread set names its threads and forgets each as it ends, however many come and go. */
class HmsThreadsTest {

    @Test
    void endedThreadsLeaveTheBookkeepingSoItHoldsOnlyTheLiveOnes() throws Exception {
        HmsThreads threads = new HmsThreads();
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            started.add(threads.startVirtual("check", () -> { }));
        }
        for (Thread t : started) {
            t.join(10_000);
        }

        assertThat(threads.tracked()).as("no entry per thread ever started").isZero();
        assertThat(threads.alive()).isEmpty();
    }

    @Test
    void aThreadThatDiesOfAnExceptionLeavesALineInTheLogNotAStackTraceOnStandardError() throws Exception {
        HmsThreads threads = new HmsThreads();
        try (LogCapture log = LogCapture.of(HmsThreads.class)) {
            Thread dying = threads.platform("dying").newThread(() -> {
                throw new IllegalStateException("an agent's bug");
            });
            dying.start();
            dying.join();

            assertThat(log.errors()).containsExactly("hms-dying-0 died: java.lang.IllegalStateException: an agent's bug");
        }
    }

    @Test
    void liveThreadsAreListedWithTheirNamesAndTwoSetsShareNothing() throws Exception {
        HmsThreads mine = new HmsThreads();
        HmsThreads other = new HmsThreads();
        CountDownLatch release = new CountDownLatch(1);
        Thread platform = mine.platform("scheduler").newThread(() -> await(release));
        platform.start();
        Thread virtual = mine.startVirtual("healer", () -> await(release));

        assertThat(mine.alive()).containsExactlyInAnyOrder(platform, virtual);
        assertThat(platform.getName()).isEqualTo("hms-scheduler-0");
        assertThat(platform.isDaemon()).isTrue();
        assertThat(virtual.getName()).isEqualTo("hms-healer-0");
        assertThat(other.alive()).isEmpty();

        release.countDown();
        platform.join(10_000);
        virtual.join(10_000);
        assertThat(mine.alive()).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
