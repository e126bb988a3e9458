package io.hms.core.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.core.time.LossyScheduler;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A supervised timer is dead when dropped or silent too long, and a restart makes it tick again. */
class SupervisedTimerTest {

    private static final Duration PERIOD = Duration.ofSeconds(1);
    private static final Duration SLACK = Duration.ofSeconds(1);

    private final ManualScheduler time = new ManualScheduler();
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void aDroppedTimerIsDeadAtOnceAndARestartMakesItTickAgain() {
        SupervisedTimer timer = SupervisedTimer.start("timer every 1s", time, PERIOD, runs::incrementAndGet);
        time.advance(PERIOD);
        assertThat(runs).hasValue(1);

        timer.crash(new AgentCrash("test"));
        time.advance(PERIOD.multipliedBy(2));

        assertThat(runs).as("dropped").hasValue(1);
        assertThat(timer.death(SLACK)).contains("its timer was dropped");
        timer.restart();
        assertThat(timer.death(SLACK)).isEmpty();
        time.advance(PERIOD);
        assertThat(runs).hasValue(2);
    }

    @Test
    void aTimerTheSchedulerLostIsDeadOnceSilentForTwoPeriodsAndTheSlack() {
        LossyScheduler lossy = new LossyScheduler(time);
        SupervisedTimer timer = SupervisedTimer.start("timer every 1s", lossy, PERIOD, runs::incrementAndGet);
        time.advance(PERIOD);
        lossy.loseEverything();

        time.advance(PERIOD.multipliedBy(3));
        assertThat(timer.death(SLACK)).as("silent for 3 s: not yet more than 2 periods and the slack").isEmpty();
        time.advance(Duration.ofMillis(1));
        assertThat(timer.death(SLACK)).contains("its timer has been silent for 3s (period 1s)");

        timer.restart();
        time.advance(PERIOD);
        assertThat(runs).hasValue(2);
        assertThat(timer.death(SLACK)).isEmpty();
    }

    @Test
    void aLiveTimerIsLeftAloneAndACancelledOneIsNeitherDeadNorRestarted() {
        SupervisedTimer timer = SupervisedTimer.start("timer every 1s", time, PERIOD, runs::incrementAndGet);
        timer.restart();
        time.advance(PERIOD);
        assertThat(runs).as("not rescheduled twice").hasValue(1);

        timer.cancel();
        time.advance(PERIOD.multipliedBy(5));

        assertThat(timer.death(SLACK)).isEmpty();
        timer.restart();
        time.advance(PERIOD);
        assertThat(runs).hasValue(1);
    }
}
