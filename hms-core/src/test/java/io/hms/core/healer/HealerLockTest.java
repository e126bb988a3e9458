package io.hms.core.healer;

import static io.hms.core.healer.HealerFixture.FAST;
import static io.hms.core.healer.HealerFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentEscalated;
import io.hms.api.spi.LockLease;
import io.hms.core.time.SystemScheduler;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each pass takes the coordinator lock {@code hms.heal.<component>} for this node; while another holder
 * has it the incident waits and retries after the backoff, and the lock is given back after the pass.
 */
class HealerLockTest {

    private final HealerFixture f = new HealerFixture(new SystemScheduler());
    private final RecordingCoordinator coordinator = new RecordingCoordinator(f.local);

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    @Test
    void aLockHeldByAnotherHolderDefersTheRepairUntilItIsReleased() throws Exception {
        f.component("db");
        f.repair("db", "restart", 1, Duration.ofSeconds(5), f.heals("db"));
        LockLease other = f.local.tryLock("hms.heal.db", "node-2", Duration.ofHours(1)).orElseThrow();
        f.start(FAST, coordinator);
        var refusedTwice = coordinator.refusals(2);
        var closed = f.next(IncidentClosed.class, "db");

        f.down("db", "connection refused");
        await(refusedTwice);

        assertThat(f.story("db")).containsExactly("opened: health DOWN: connection refused");
        assertThat(f.healer.openIncident("db")).hasValueSatisfying(incident -> {
            assertThat(incident.steps()).isEmpty();
            assertThat(incident.attempts()).isZero();
        });

        f.local.unlock(other);
        await(closed);

        assertThat(f.story("db")).containsExactly(
                "opened: health DOWN: connection refused",
                "restart L1 #1 VERIFIED",
                "closed by restart after 1 steps");
        assertThat(coordinator.requests()).allSatisfy(request -> {
            assertThat(request.name()).isEqualTo("hms.heal.db");
            assertThat(request.holder()).isEqualTo("node-1");
            assertThat(request.lease()).isEqualTo(FAST.lockLease());
        });
        assertThat(coordinator.requests()).last().extracting(RecordingCoordinator.Request::granted).isEqualTo(true);
        assertThat(f.local.tryLock("hms.heal.db", "node-3", Duration.ofSeconds(1)))
                .as("released after the pass").isPresent();
    }

    @Test
    void theLockIsReleasedBetweenPasses() throws Exception {
        f.component("db");
        f.repair("db", "restart", 1, Duration.ofSeconds(5), ctx -> false);
        f.start(FAST.withEscalationBackoff(Duration.ofHours(1), Duration.ofHours(1)), coordinator);
        var escalated = f.next(IncidentEscalated.class, "db");

        f.down("db", "connection refused");
        await(escalated);

        assertThat(coordinator.requests()).extracting(RecordingCoordinator.Request::granted).containsExactly(true);
        assertThat(f.local.tryLock("hms.heal.db", "node-2", Duration.ofSeconds(1))).isPresent();
    }

    @Test
    void aPassThatDiesOfAnyThrowableIsRetriedAfterTheBackoff() throws Exception {
        f.component("db");
        f.repair("db", "restart", 1, Duration.ofSeconds(5), f.heals("db"));
        coordinator.failNextFence(new java.io.IOException("fence store unreachable"));
        f.start(FAST, coordinator);
        var closed = f.next(IncidentClosed.class, "db");

        f.down("db", "connection refused");

        assertThat(await(closed).resolvedBy()).isEqualTo("restart");
        assertThat(f.events.history(IncidentEscalated.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("IOException: fence store unreachable"));
    }
}
