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
    void startForgetsTheWorkBeforeIt() {
        ManualCpuClocks clocks = new ManualCpuClocks();
        CpuPacer pacer = new CpuPacer(0.25, clocks);
        clocks.work(1_000 * MS);
        pacer.start();
        clocks.work(10 * MS);
        pacer.pace();
        assertThat(clocks.pausedNanos()).isEqualTo(30 * MS);
    }

    @Test
    void withoutTheThreadsCpuTimeItPacesByTheTimeBusyOutsidePauses() {
        ManualCpuClocks wall = new ManualCpuClocks();
        CpuPacer.Clocks cpuIsWall = new CpuPacer.Clocks() {
            @Override
            public long cpuNanos() {
                return wall.wallNanos();
            }

            @Override
            public long wallNanos() {
                return wall.wallNanos();
            }

            @Override
            public void pause(long nanos) {
                wall.pause(nanos);
            }
        };
        CpuPacer pacer = new CpuPacer(0.25, cpuIsWall);
        pacer.start();
        wall.work(100 * MS);
        pacer.pace();
        wall.work(100 * MS);
        pacer.pace();
        assertThat(wall.pausedNanos()).isEqualTo(600 * MS); // the pauses are not counted as work
    }

    @Test
    void anInterruptedPauseReportsItAndKeepsTheInterrupt() throws InterruptedException {
        CpuPacer.Clocks interrupted = new CpuPacer.Clocks() {
            private long now;

            @Override
            public long cpuNanos() {
                return now += 10 * MS;
            }

            @Override
            public long wallNanos() {
                return now;
            }

            @Override
            public void pause(long nanos) throws InterruptedException {
                throw new InterruptedException("closing");
            }
        };
        CpuPacer pacer = new CpuPacer(0.1, interrupted);
        pacer.start();
        try {
            assertThat(pacer.pace()).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void refusesAShareOutsideZeroToOne() {
        ManualCpuClocks clocks = new ManualCpuClocks();
        assertThatThrownBy(() -> new CpuPacer(0, clocks)).hasMessageContaining("(0, 1]").hasMessageContaining("0.0");
        assertThatThrownBy(() -> new CpuPacer(1.5, clocks)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> new CpuPacer(Double.NaN, clocks)).hasMessageContaining("NaN");
    }
}
