package io.hms.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.core.testing.LogCapture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Time moves only when told; due tasks run on the advancing thread, in due order, at their due time. */
class ManualSchedulerTest {

    private static final Instant ORIGIN = Instant.parse("2030-05-01T12:00:00Z");

    private final ManualScheduler time = new ManualScheduler(ORIGIN);
    private final List<String> ran = new ArrayList<>();

    @Test
    void timeStandsStillUntilAdvanced() {
        assertThat(time.now()).isEqualTo(ORIGIN);
        assertThat(time.nanoTime()).isZero();
        time.advance(Duration.ofMillis(1500));
        assertThat(time.now()).isEqualTo(ORIGIN.plusMillis(1500));
        assertThat(time.nanoTime()).isEqualTo(1_500_000_000L);
        assertThat(new ManualScheduler().now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void tasksRunInDueOrderWithTiesInSchedulingOrderEachAtItsDueTime() {
        time.schedule(Duration.ofSeconds(3), record("c"));
        time.schedule(Duration.ofSeconds(1), record("a1"));
        time.schedule(Duration.ofSeconds(2), record("b"));
        time.schedule(Duration.ofSeconds(1), record("a2"));

        time.advance(Duration.ofSeconds(5));

        assertThat(ran).containsExactly("a1@1000", "a2@1000", "b@2000", "c@3000");
        assertThat(time.nanoTime()).isEqualTo(Duration.ofSeconds(5).toNanos());
    }

    @Test
    void onlyTasksThatFallDueRun() {
        time.schedule(Duration.ofSeconds(1), record("early"));
        time.schedule(Duration.ofSeconds(10), record("late"));

        time.advance(Duration.ofSeconds(1));
        assertThat(ran).containsExactly("early@1000");
        assertThat(time.pendingTasks()).isEqualTo(1);

        time.advance(Duration.ofSeconds(9));
        assertThat(ran).containsExactly("early@1000", "late@10000");
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void aTaskScheduledByATaskRunsInTheSameAdvanceWhenDue() {
        time.schedule(Duration.ofSeconds(1), () -> {
            ran.add("outer@" + millis());
            time.schedule(Duration.ofSeconds(1), record("inner"));
        });
        time.advance(Duration.ofSeconds(3));
        assertThat(ran).containsExactly("outer@1000", "inner@2000");
    }

    @Test
    void periodicTasksRunEveryPeriodFirstAfterOnePeriod() {
        time.scheduleAtFixedRate(Duration.ofSeconds(1), record("tick"));
        time.advance(Duration.ofMillis(3500));
        assertThat(ran).containsExactly("tick@1000", "tick@2000", "tick@3000");
        time.advance(Duration.ofMillis(500));
        assertThat(ran).hasSize(4).last().isEqualTo("tick@4000");
    }

    @Test
    void aPeriodicTaskThatThrowsKeepsItsSchedule() {
        time.scheduleAtFixedRate(Duration.ofSeconds(1), () -> {
            ran.add("tick@" + millis());
            throw new IllegalStateException("task bug");
        });
        try (LogCapture log = LogCapture.of(ManualScheduler.class)) {
            time.advance(Duration.ofSeconds(3));
            assertThat(log.warnings()).hasSize(3).allMatch(line -> line.startsWith("scheduled task")
                    && line.endsWith("failed; it keeps its schedule"));
        }
        assertThat(ran).containsExactly("tick@1000", "tick@2000", "tick@3000");
    }

    @Test
    void aPeriodicTaskThatThrowsACheckedExceptionSneakilyKeepsItsSchedule() {
        time.scheduleAtFixedRate(Duration.ofSeconds(1), () -> {
            ran.add("tick@" + millis());
            sneakyThrow(new java.io.IOException("undeclared"));
        });
        time.advance(Duration.ofSeconds(3));
        assertThat(ran).containsExactly("tick@1000", "tick@2000", "tick@3000");
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }

    @Test
    void cancelledTasksDoNotRun() {
        Cancellable once = time.schedule(Duration.ofSeconds(1), record("once"));
        Cancellable periodic = time.scheduleAtFixedRate(Duration.ofSeconds(1), record("tick"));
        once.cancel();
        once.cancel();
        assertThat(time.pendingTasks()).isEqualTo(1);

        time.advance(Duration.ofSeconds(2));
        periodic.cancel();
        time.advance(Duration.ofSeconds(5));

        assertThat(ran).containsExactly("tick@1000", "tick@2000");
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void aPeriodicTaskMayCancelItself() {
        Cancellable[] self = new Cancellable[1];
        self[0] = time.scheduleAtFixedRate(Duration.ofSeconds(1), () -> {
            ran.add("tick@" + millis());
            if (ran.size() == 2) {
                self[0].cancel();
            }
        });
        time.advance(Duration.ofSeconds(10));
        assertThat(ran).containsExactly("tick@1000", "tick@2000");
    }

    @Test
    void sleepAdvancesTimeAndRunsWhatFallsDue() {
        time.schedule(Duration.ofMillis(100), record("timer"));
        time.sleepNanos(Duration.ofMillis(250).toNanos());
        assertThat(ran).containsExactly("timer@100");
        assertThat(time.nanoTime()).isEqualTo(Duration.ofMillis(250).toNanos());
    }

    @Test
    void aNegativeDelayRunsOnTheNextAdvance() {
        time.schedule(Duration.ofSeconds(-5), record("now"));
        time.advance(Duration.ZERO);
        assertThat(ran).containsExactly("now@0");
    }

    @Test
    void aPeriodMustBePositive() {
        assertThatThrownBy(() -> time.scheduleAtFixedRate(Duration.ZERO, () -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must be positive, got PT0S");
    }

    private Runnable record(String name) {
        return () -> ran.add(name + "@" + millis());
    }

    private long millis() {
        return Duration.ofNanos(time.nanoTime()).toMillis();
    }
}
