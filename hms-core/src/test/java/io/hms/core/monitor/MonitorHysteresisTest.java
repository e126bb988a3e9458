package io.hms.core.monitor;

import static io.hms.api.HealthStatus.DOWN;
import static io.hms.api.HealthStatus.UNKNOWN;
import static io.hms.api.HealthStatus.UP;
import static io.hms.core.monitor.MonitorFixture.await;
import static io.hms.core.monitor.MonitorFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hms.api.event.HealthChanged;
import io.hms.core.registry.StagedRegistrar;
import io.hms.core.time.SystemScheduler;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hysteresis: a component goes DOWN only after {@code failuresToDown} consecutive failures and comes back
 * UP only after {@code successesToUp} consecutive successes; each status change is one event, with the
 * reason of the result that caused it. The reasons name the check call ({@code "fail #7"}), so the
 * assertions pin which call flipped the status, independent of timing.
 */
class MonitorHysteresisTest {

    private static final Duration FAST = Duration.ofMillis(2);
    private final MonitorFixture f = new MonitorFixture(new SystemScheduler());

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    @Test
    void goesDownAfterFailuresToDownConsecutiveFailuresAndUpAfterSuccessesToUp() throws Exception {
        ScriptedCheck check = ScriptedCheck.of(
                "ok", "fail", "fail", "ok",        // two failures are not enough, a success resets the count
                "fail", "fail", "fail",            // the third consecutive failure turns it DOWN
                "ok", "fail", "ok", "ok");         // one success is not enough; the second in a row is
        f.declare("db", policy(FAST, Duration.ofSeconds(5), 3, 2), "ping", check);
        var up = f.next("db", DOWN, UP);

        f.monitor.start();
        HealthChanged recovered = await(up);

        assertThat(f.changes("db"))
                .extracting(e -> e.previous().status(), e -> e.current().status(), e -> e.current().reason())
                .containsExactly(tuple(UNKNOWN, UP, "ok #1"), tuple(UP, DOWN, "fail #7"), tuple(DOWN, UP, "ok #11"));
        assertThat(recovered.previous().reason()).as("the latest failure while DOWN").isEqualTo("fail #9");
        assertThat(recovered.time()).isEqualTo(recovered.current().time());
        assertThat(f.monitor.health("db").status()).isEqualTo(UP);
    }

    @Test
    void failuresToDownOfOneTurnsTheFirstFailureDown() throws Exception {
        ScriptedCheck check = ScriptedCheck.of("ok", "ok", "fail");
        f.declare("cache", policy(FAST, Duration.ofSeconds(5), 1, 1), "ping", check);
        var down = f.next("cache", DOWN);

        f.monitor.start();

        assertThat(await(down).current().reason()).isEqualTo("fail #3");
        assertThat(f.monitor.health("cache").status()).isEqualTo(DOWN);
    }

    @Test
    void componentIsTheWorstOfItsChecksEachJudgedOnItsOwn() throws Exception {
        // one check always fails, the other always passes: interleaved results must not reset each other
        f.declare("queue", policy(FAST, Duration.ofSeconds(5), 3, 1), "broker", ScriptedCheck.of("fail"));
        new StagedRegistrar("test")
                .healthCheck("queue", "disk", ScriptedCheck.of("ok"))
                .applyTo(f.registry);
        var down = f.next("queue", DOWN);

        f.monitor.start();

        assertThat(await(down).current().reason()).isEqualTo("fail #3");
        // UP first if the passing check answers before the third failure (the component was UNKNOWN till then)
        assertThat(f.changes("queue")).extracting(e -> e.current().status())
                .isIn(List.of(DOWN), List.of(UP, DOWN));
    }
}
