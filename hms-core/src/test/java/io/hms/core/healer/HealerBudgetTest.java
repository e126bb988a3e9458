package io.hms.core.healer;

import static io.hms.core.healer.HealerFixture.FAST;
import static io.hms.core.healer.HealerFixture.WAIT;
import static io.hms.core.healer.HealerFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.RepairFunction;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentOpened;
import io.hms.core.time.SystemScheduler;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The repair budget: at most {@code maxConcurrentRepairs} passes run at once; components that wait for a
 * slot are served first come, first served.
 */
class HealerBudgetTest {

    private final HealerFixture f = new HealerFixture(new SystemScheduler());
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final Map<String, CountDownLatch> entered = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    /** A repair that waits for {@link #release} (if asked to), then heals, counting how many run at once. */
    private void component(String name, boolean holds) {
        AtomicBoolean healthy = f.component(name);
        entered.put(name, new CountDownLatch(1));
        RepairFunction repair = ctx -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                entered.get(name).countDown();
                if (holds) {
                    release.await();
                }
                healthy.set(true);
                return true;
            } finally {
                running.decrementAndGet();
            }
        };
        f.repair(name, "fix", 1, Duration.ofSeconds(30), repair);
    }

    private boolean entered(String name) throws InterruptedException {
        return entered.get(name).await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void withABudgetOfOneRepairPassesNeverOverlapAndWaitersGoInOrder() throws Exception {
        component("a", true);
        component("b", false);
        component("c", false);
        f.start(FAST.withMaxConcurrentRepairs(1));
        var cClosed = f.next(IncidentClosed.class, "c");

        f.down("a", "a down");
        assertThat(entered("a")).isTrue();
        var bOpened = f.next(IncidentOpened.class, "b");
        f.down("b", "b down");
        await(bOpened);
        var cOpened = f.next(IncidentOpened.class, "c");
        f.down("c", "c down");
        await(cOpened);
        assertThat(entered.get("b").getCount()).as("b waits for the slot").isEqualTo(1);
        release.countDown();
        await(cClosed);

        assertThat(f.story()).containsExactly(
                "a: opened: health DOWN: a down",
                "b: opened: health DOWN: b down",
                "c: opened: health DOWN: c down",
                "a: fix L1 #1 VERIFIED",
                "a: closed by fix after 1 steps",
                "b: fix L1 #1 VERIFIED",
                "b: closed by fix after 1 steps",
                "c: fix L1 #1 VERIFIED",
                "c: closed by fix after 1 steps");
        assertThat(mostAtOnce).hasValue(1);
        Incident a = f.healer.incidents().get(0);
        Incident b = f.healer.incidents().get(1);
        Incident c = f.healer.incidents().get(2);
        assertThat(b.steps().getFirst().startedAt()).isAfterOrEqualTo(a.closedAt());
        assertThat(c.steps().getFirst().startedAt()).isAfterOrEqualTo(b.closedAt());
    }

    @Test
    void withABudgetOfTwoTwoRepairsRunAtOnce() throws Exception {
        component("a", true);
        component("b", true);
        f.start(FAST.withMaxConcurrentRepairs(2));
        var bClosed = f.next(IncidentClosed.class, "b");

        f.down("a", "a down");
        f.down("b", "b down");
        assertThat(entered("a")).isTrue();
        assertThat(entered("b")).isTrue();
        assertThat(running).as("both repairs are in progress together").hasValue(2);
        release.countDown();
        await(bClosed);

        assertThat(mostAtOnce).hasValue(2);
    }
}
