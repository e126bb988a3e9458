package io.hms.core.healer;

import static io.hms.core.healer.HealerFixture.FAST;
import static io.hms.core.healer.HealerFixture.WAIT;
import static io.hms.core.healer.HealerFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentOpened;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After an incident closes, triggers for the same component within the cooldown are held back to its end,
 * and then acted on only if the component is still DOWN: a flapping component opens at most one incident
 * per cooldown. Time is driven by hand; a second component ("sync") is used to know the healer has handled
 * every earlier trigger, because the same subscriber handles them in order.
 */
class HealerCooldownTest {

    private static final Duration COOLDOWN = Duration.ofSeconds(10);
    private final ManualScheduler time = new ManualScheduler();
    private final HealerFixture f = new HealerFixture(time);
    private AtomicBoolean db;

    @BeforeEach
    void setUp() {
        db = f.component("db");
        f.component("sync");
        f.repair("db", "restart", 1, Duration.ofSeconds(5), ctx -> {
            time.sleepNanos(Duration.ofMillis(100).toNanos()); // the restart takes 100 ms of the test's time
            db.set(true);
            return true;
        });
        f.repair("sync", "fix", 1, Duration.ofSeconds(5), f.heals("sync"));
        f.start(FAST.withCooldown(COOLDOWN));
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    private IncidentClosed firstIncident() throws Exception {
        var closed = f.next(IncidentClosed.class, "db");
        f.down("db", "connection refused");
        return await(closed);
    }

    /** Waits until the healer has handled every trigger published before this call. */
    private void sync() throws Exception {
        var synced = f.next(IncidentClosed.class, "sync");
        f.down("sync", "marker");
        await(synced);
    }

    private long incidentsOf(String component) {
        return f.events.history(IncidentOpened.class).stream().filter(e -> e.component().equals(component)).count();
    }

    @Test
    void aFlappingComponentOpensOneIncidentPerCooldown() throws Exception {
        IncidentClosed first = firstIncident();
        assertThat(first.mttr()).isEqualTo(Duration.ofMillis(100));

        db.set(false);
        for (int flap = 1; flap <= 5; flap++) {
            f.down("db", "flap " + flap);
            f.up("db");
        }
        f.down("db", "flap 6");
        sync();
        assertThat(incidentsOf("db")).as("held back during the cooldown").isEqualTo(1);

        var opened = f.next(IncidentOpened.class, "db");
        var closed = f.next(IncidentClosed.class, "db");
        time.advance(COOLDOWN);
        IncidentOpened second = await(opened);
        await(closed);

        assertThat(second.time()).isEqualTo(first.time().plus(COOLDOWN));
        assertThat(second.trigger()).isEqualTo("health DOWN: flap 1 (after cooldown)");
        assertThat(incidentsOf("db")).isEqualTo(2);
        assertThat(f.healer.incidents()).filteredOn(i -> i.component().equals("db"))
                .extracting(Incident::state, Incident::resolvedBy, i -> i.mttr().orElseThrow())
                .containsOnly(tuple(Incident.State.CLOSED, "restart", Duration.ofMillis(100)));
    }

    @Test
    void aTriggerHeldBackByTheCooldownIsDroppedIfTheComponentIsHealthyAtItsEnd() throws Exception {
        IncidentClosed first = firstIncident();
        f.down("db", "blip");            // db is healthy again by now; the monitor was late
        sync();
        f.checked("db").drainPermits();

        time.advance(COOLDOWN);          // the held-back trigger probes db: healthy
        assertThat(f.checked("db").tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        db.set(false);
        var opened = f.next(IncidentOpened.class, "db");
        f.down("db", "second outage");   // after the cooldown a trigger is acted on at once

        IncidentOpened second = await(opened);
        assertThat(second.trigger()).isEqualTo("health DOWN: second outage");
        assertThat(second.time()).isEqualTo(first.time().plus(COOLDOWN));
        assertThat(f.healer.incidents()).filteredOn(i -> i.component().equals("db"))
                .extracting(Incident::trigger)
                .containsExactly("health DOWN: connection refused", "health DOWN: second outage");
    }
}
