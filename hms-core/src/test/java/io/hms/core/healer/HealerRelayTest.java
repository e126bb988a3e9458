package io.hms.core.healer;

import static io.hms.core.healer.HealerFixture.FAST;
import static io.hms.core.healer.HealerFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.IncidentClosed;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.SwarmReport.RepairProgress;
import io.hms.core.time.SystemScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Repairs relayed between instances: a pass that takes the lock over from a holder that stopped without
 * ending goes on from the rung after the one reached; a pass keeps its lease alive while it runs.
 */
class HealerRelayTest {

    private final HealerFixture f = new HealerFixture(new SystemScheduler());

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    private void ladder() {
        f.component("db");
        f.repair("db", "reset", 1, Duration.ofSeconds(5), ctx -> false);
        f.repair("db", "restart", 2, Duration.ofSeconds(5), f.heals("db"));
    }

    /** Another instance took the lock, started {@code reset}, and stopped (its lease is gone). */
    private void anotherHolderReachedReset(boolean ended) {
        LockLease dead = f.local.tryLock("hms.heal.db", "node-2", Duration.ofHours(1)).orElseThrow();
        f.local.publish(new RepairProgress("node-2", "db", "reset", 1, dead.token(), ended));
        f.local.unlock(dead);
    }

    @Test
    void aPassThatTakesTheLockOverGoesOnFromTheRungAfterTheOneTheDeadHolderReached() throws Exception {
        ladder();
        anotherHolderReachedReset(false);
        f.start(FAST);
        var closed = f.next(IncidentClosed.class, "db");

        f.down("db", "connection refused");

        assertThat(await(closed).resolvedBy()).isEqualTo("restart");
        assertThat(f.story("db")).containsExactly(
                "opened: health DOWN: connection refused",
                "restart L2 #1 VERIFIED",
                "closed by restart after 1 steps");
    }

    @Test
    void aHolderThatEndedItsPassLeavesTheNextToClimbFromTheBottom() throws Exception {
        ladder();
        anotherHolderReachedReset(true);
        f.start(FAST);
        var closed = f.next(IncidentClosed.class, "db");

        f.down("db", "connection refused");

        await(closed);
        assertThat(f.story("db")).containsExactly(
                "opened: health DOWN: connection refused",
                "reset L1 #1 FAILED: repair returned false",
                "restart L2 #1 VERIFIED",
                "closed by restart after 2 steps");
    }

    @Test
    void aPassRenewsItsLeaseWhileItRunsAndTheRepairSeesItsToken() throws Exception {
        f.component("db");
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        long[] token = new long[1];
        f.repair("db", "restart", 1, Duration.ofSeconds(30), ctx -> {
            token[0] = ctx.fencingToken();
            running.countDown();
            finish.await();
            return f.heals("db").repair(ctx);
        });
        Duration lease = Duration.ofMillis(300);
        f.start(new HealerOptions(4, Duration.ofMillis(10), Duration.ofMillis(40), lease));
        var closed = f.next(IncidentClosed.class, "db");
        f.down("db", "connection refused");
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(f.local.tryLock("hms.heal.db", "node-2", lease)).as("held by the pass").isEmpty();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Instant seen = currentExpiry();
        int renewals = 0;
        while (renewals < 2 && System.nanoTime() < deadline) { // three lease lengths at least
            Instant now = currentExpiry();
            if (now.isAfter(seen)) {
                renewals++;
                seen = now;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        Instant renewedTwice = seen;

        assertThat(renewals).isEqualTo(2);
        assertThat(f.local.tryLock("hms.heal.db", "node-2", lease)).as("still held after its first lease").isEmpty();
        assertThat(f.local.checkFence(new LockLease("hms.heal.db", "node-1", token[0], renewedTwice))).isTrue();
        finish.countDown();
        assertThat(await(closed).resolvedBy()).isEqualTo("restart");
    }

    @Test
    void aRepairThatChecksItsFenceDoesNotActOnceItsLeaseWasTakenOverAndTheNextRungDoesNotRun() throws Exception {
        f.component("db");
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch takenOver = new CountDownLatch(1);
        AtomicBoolean acted = new AtomicBoolean();
        AtomicBoolean nextRan = new AtomicBoolean();
        f.repair("db", "reset", 1, Duration.ofSeconds(30), ctx -> {
            running.countDown();
            takenOver.await();
            if (f.local.checkFence(ctx.lease())) { // a write to a shared resource, fenced
                acted.set(true);
            }
            return false;
        });
        f.repair("db", "restart", 2, Duration.ofSeconds(5), ctx -> nextRan.getAndSet(true));
        RecordingCoordinator cutOff = new RecordingCoordinator(f.local);
        cutOff.refuseRenewals();
        var retriedAndRefused = cutOff.refusals(1);
        f.start(new HealerOptions(4, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMillis(300)), cutOff);
        f.down("db", "connection refused");
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        LockLease other = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (other == null && System.nanoTime() < deadline) { // the lease, not renewed, ends
            other = f.local.tryLock("hms.heal.db", "node-2", Duration.ofHours(1)).orElse(null);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        assertThat(other).as("taken over once the lease ended").isNotNull();
        takenOver.countDown();
        await(retriedAndRefused);

        assertThat(acted).as("the fenced write of the old holder").isFalse();
        assertThat(nextRan).as("the next rung after the lease was lost").isFalse();
        assertThat(f.healer.openIncident("db")).hasValueSatisfying(i -> assertThat(i.steps())
                .extracting(IncidentStep::function).containsExactly("reset"));
    }

    private Instant currentExpiry() {
        return f.local.currentLease("hms.heal.db").map(LockLease::expiresAt).orElse(Instant.MIN);
    }
}
