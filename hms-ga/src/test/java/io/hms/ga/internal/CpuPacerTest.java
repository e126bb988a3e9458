package io.hms.ga.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CpuPacerTest {

    private static final long MS = 1_000_000L;

    @Test
    void pausesUntilTheCpuTimeIsWithinTheShareOfTheTimePassed() {
        ManualCpuClocks clocks = new ManualCpuClocks();
        CpuPacer pacer = new CpuPacer(0.25, clocks);
        pacer.start();

        clocks.work(100 * MS);
        assertThat(pacer.pace()).isTrue();
        assertThat(clocks.pausedNanos()).isEqualTo(300 * MS); // 100 ms of CPU in 400 ms

        clocks.work(100 * MS);
        pacer.pace();
        assertThat(clocks.pausedNanos()).isEqualTo(600 * MS);
        assertThat(clocks.wall()).isEqualTo(800 * MS);
    }

    @Test
    void doesNotPauseAThreadThatStaysWithinItsShare() {
        ManualCpuClocks clocks = new ManualCpuClocks();
        CpuPacer pacer = new CpuPacer(0.5, clocks);
        pacer.start();
        clocks.work(100 * MS);
        clocks.idle(100 * MS);
        pacer.pace();
        assertThat(clocks.pauses()).isZero();
    }

    @Test
    void aShareOfOneNeverPauses() {
        ManualCpuClocks clocks = new ManualCpuClocks();
        CpuPacer pacer = new CpuPacer(1, clocks);
        pacer.start();
        clocks.work(100 * MS);
        pacer.pace();
        assertThat(clocks.pauses()).isZero();
    }

    @Test
    void idleTimeEarnsNoCreditForTheNextStretch() {
        ManualCpuClocks clocks = new ManualCpuClocks();
        CpuPacer pacer = new CpuPacer(0.25, clocks);
        pacer.start();
        clocks.work(10 * MS);
        pacer.pace();
        clocks.idle(60_000 * MS);
        pacer.start();
        clocks.work(10 * MS);
        pacer.pace();
        assertThat(clocks.pausedNanos()).isEqualTo(60 * MS); // 30 ms after each step, the idle minute aside
    }

    @Test
    void whatAnInterruptedPauseLeftOwedIsPaidByIdleTimeOrAtTheNextPause() {
        InterruptibleClocks clocks = new InterruptibleClocks();
        CpuPacer pacer = new CpuPacer(0.25, clocks);
        pacer.start();
        clocks.work(100 * MS);
        clocks.interruptNextPause = true;
        try {
            assertThat(pacer.pace()).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }

        clocks.idle(100 * MS); // pays 100 of the 300 ms owed
        pacer.start();
        pacer.pace();
        assertThat(clocks.pausedNanos()).isEqualTo(200 * MS);
    }

    @Test
    void withoutTheThreadsCpuTimeItPacesByTheTimeBusyOutsidePauses() {
        ManualCpuClocks wall = new ManualCpuClocks() {
            @Override
            public long cpuNanos() {
                return wallNanos(); // as the JVM's clocks give it when they cannot measure the thread
            }
        };
        CpuPacer pacer = new CpuPacer(0.25, wall);
        pacer.start();
        wall.work(100 * MS);
        pacer.pace();
        wall.work(100 * MS);
        pacer.pace();
        assertThat(wall.pausedNanos()).isEqualTo(600 * MS); // the pauses are not counted as work
    }

    @Test
    void refusesAShareOutsideItsRange() {
        ManualCpuClocks clocks = new ManualCpuClocks();
        assertThatThrownBy(() -> new CpuPacer(0.001, clocks)).hasMessageContaining("[0.01, 1]")
                .hasMessageContaining("0.001");
        assertThatThrownBy(() -> new CpuPacer(1.5, clocks)).hasMessageContaining("[0.01, 1]");
        assertThatThrownBy(() -> new CpuPacer(Double.NaN, clocks)).hasMessageContaining("NaN");
    }

    /** Manual clocks whose next pause can be made to end at once with an interrupt. */
    private static final class InterruptibleClocks extends ManualCpuClocks {
        boolean interruptNextPause;

        @Override
        public void pause(long nanos) throws InterruptedException {
            if (interruptNextPause) {
                interruptNextPause = false;
                throw new InterruptedException("closing");
            }
            super.pause(nanos);
        }
    }
}
