package io.hms.core.monitor;

import static io.hms.api.HealthStatus.DEGRADED;
import static io.hms.api.HealthStatus.DOWN;
import static io.hms.api.HealthStatus.UNKNOWN;
import static io.hms.api.HealthStatus.UP;
import static io.hms.core.monitor.MonitorFixture.await;
import static io.hms.core.monitor.MonitorFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hms.core.time.SystemScheduler;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The DEGRADED rule: a DEGRADED result turns an UP component DEGRADED at once; it takes
 * {@code successesToUp} consecutive UP results to return to UP, {@code failuresToDown} consecutive
 * failures to go DOWN, and {@code successesToUp} consecutive working results to lift a DOWN component
 * to DEGRADED.
 */
class MonitorDegradedRuleTest {

    private static final Duration FAST = Duration.ofMillis(2);
    private final MonitorFixture f = new MonitorFixture(new SystemScheduler());

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    @Test
    void aDegradedResultTurnsAnUpComponentDegradedAtOnceAndSuccessesToUpBringItBack() throws Exception {
        f.declare("search", policy(FAST, Duration.ofSeconds(5), 3, 2), "latency",
                ScriptedCheck.of("ok", "slow", "ok", "slow", "ok", "ok"));
        var up = f.next("search", DEGRADED, UP);

        f.monitor.start();
        await(up);

        assertThat(f.changes("search"))
                .extracting(e -> e.previous().status(), e -> e.current().status(), e -> e.current().reason())
                .containsExactly(tuple(UNKNOWN, UP, "ok #1"), tuple(UP, DEGRADED, "slow #2"),
                        tuple(DEGRADED, UP, "ok #6"));
    }

    @Test
    void aDegradedComponentGoesDownOnlyAfterFailuresToDown() throws Exception {
        f.declare("search", policy(FAST, Duration.ofSeconds(5), 2, 1), "latency",
                ScriptedCheck.of("slow", "fail", "slow", "fail", "fail"));
        var down = f.next("search", DOWN);

        f.monitor.start();
        await(down);

        assertThat(f.changes("search"))
                .extracting(e -> e.current().status(), e -> e.current().reason())
                .containsExactly(tuple(DEGRADED, "slow #1"), tuple(DOWN, "fail #5"));
    }

    @Test
    void aDownComponentThatWorksAgainButSlowlyBecomesDegraded() throws Exception {
        f.declare("search", policy(FAST, Duration.ofSeconds(5), 1, 2), "latency",
                ScriptedCheck.of("fail", "slow", "fail", "slow", "ok", "ok", "ok"));
        var up = f.next("search", UP);

        f.monitor.start();
        await(up);

        assertThat(f.changes("search"))
                .extracting(e -> e.current().status(), e -> e.current().reason())
                .containsExactly(tuple(DOWN, "fail #1"), tuple(DEGRADED, "ok #5"), tuple(UP, "ok #6"));
    }
}
