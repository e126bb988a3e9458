package io.hms.core.healer;

import static io.hms.core.healer.HealerFixture.FAST;
import static io.hms.core.healer.HealerFixture.WAIT;
import static io.hms.core.healer.HealerFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.hms.api.event.IncidentClosed;
import io.hms.api.event.RepairOutcome;
import io.hms.core.time.SystemScheduler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Closing stops the healer cleanly; faulty host code never stops it; incident ids are unique. */
class HealerLifecycleTest {

    private final HealerFixture f = new HealerFixture(new SystemScheduler());

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    @Test
    void closeInterruptsARunningRepairAndReleasesTheLock() throws Exception {
        f.component("db");
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        f.repair("db", "restart", 1, Duration.ofMinutes(5), ctx -> {
            entered.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return true;
        });
        f.start(FAST);
        f.down("db", "connection refused");
        assertThat(entered.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        f.healer.close();

        assertThat(interrupted.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(f.local.tryLock("hms.heal.db", "node-2", Duration.ofSeconds(1))).as("lock released").isPresent();
        assertThat(f.healer.incidents()).singleElement().extracting(Incident::state).isEqualTo(Incident.State.OPEN);
        assertThatThrownBy(f.healer::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRepairThrowingAnErrorDoesNotStopTheHealer() throws Exception {
        f.component("db");
        f.component("cache");
        f.repair("db", "explode", 1, Duration.ofSeconds(5), ctx -> {
            throw new StackOverflowError("host bug");
        });
        f.repair("db", "restart", 2, Duration.ofSeconds(5), f.heals("db"));
        f.repair("cache", "flush", 1, Duration.ofSeconds(5), f.heals("cache"));
        f.start(FAST);
        var dbClosed = f.next(IncidentClosed.class, "db");
        var cacheClosed = f.next(IncidentClosed.class, "cache");

        f.down("db", "connection refused");
        await(dbClosed);
        f.down("cache", "evicted");
        await(cacheClosed);

        assertThat(f.healer.incidents()).first().satisfies(incident -> assertThat(incident.steps())
                .extracting(IncidentStep::outcome, IncidentStep::detail)
                .containsExactly(tuple(RepairOutcome.THREW, "StackOverflowError: host bug"),
                        tuple(RepairOutcome.VERIFIED, "")));
        assertThat(f.healer.incidents()).extracting(Incident::state).containsOnly(Incident.State.CLOSED);
    }

    @Test
    void incidentIdsAreUnique() throws Exception {
        Map<String, AtomicBoolean> healthy = Map.of("db", f.component("db"), "cache", f.component("cache"));
        f.repair("db", "restart", 1, Duration.ofSeconds(5), f.heals("db"));
        f.repair("cache", "flush", 1, Duration.ofSeconds(5), f.heals("cache"));
        f.start(FAST);
        for (int round = 1; round <= 3; round++) {
            for (String component : List.of("db", "cache")) {
                healthy.get(component).set(false);
                var closed = f.next(IncidentClosed.class, component);
                f.down(component, "round " + round);
                await(closed);
            }
        }

        assertThat(f.healer.incidents()).hasSize(6).extracting(Incident::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("inc-\\d+"));
        assertThat(f.healer.incidents()).extracting(Incident::trigger).containsExactly(
                "health DOWN: round 1", "health DOWN: round 1", "health DOWN: round 2", "health DOWN: round 2",
                "health DOWN: round 3", "health DOWN: round 3");
    }
}
