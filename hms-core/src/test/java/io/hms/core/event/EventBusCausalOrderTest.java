package io.hms.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.BreakerTransition;
import io.hms.api.event.ComponentEvent;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.HmsEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An event a listener publishes in reaction to another reaches every subscriber after the one it reacts to,
 * as the healer's {@code IncidentOpened} must follow the {@code BreakerTransition} that caused it. The
 * reacting subscriber comes first in the bus's list and the recording one last, with many subscribers
 * between them, and busy threads crowd the cores: without an atomic fan-out, the reaction overtakes the
 * cause on its way down the list.
 */
class EventBusCausalOrderTest {

    private static final int CAUSES = 3_000;
    private static final int BYSTANDERS = 400;
    private static final int BUSY_THREADS = 4;

    @Test
    void aReactionReachesEverySubscriberAfterItsCause() throws InterruptedException {
        List<Thread> busy = new ArrayList<>();
        try (EventBus bus = new EventBus(16, 4 * CAUSES)) {
            CountDownLatch reacted = new CountDownLatch(CAUSES);
            bus.subscribe(HealthChanged.class, cause -> {
                bus.publish(Events.breaker(cause.component()));
                reacted.countDown();
            });
            for (int i = 0; i < BYSTANDERS; i++) {
                bus.subscribe(HmsEvent.class, event -> { });
            }
            Collector<HmsEvent> all = new Collector<>(Events::isEnd);
            bus.subscribe(HmsEvent.class, all);
            for (int i = 0; i < BUSY_THREADS; i++) {
                busy.add(Thread.ofPlatform().name("busy-" + i).start(EventBusCausalOrderTest::spin));
            }

            for (int i = 0; i < CAUSES; i++) {
                bus.publish(Events.health("c" + i));
            }
            assertThat(reacted.await(Collector.WAIT_SECONDS, TimeUnit.SECONDS)).as("every cause reacted to").isTrue();
            bus.publish(Events.leadershipEnd());

            List<HmsEvent> received = all.awaitMarker();
            assertThat(bus.dropped()).isZero();
            assertThat(received).hasSize(2 * CAUSES);
            Map<String, Integer> causeAt = new HashMap<>();
            List<String> overtaken = new ArrayList<>();
            for (int i = 0; i < received.size(); i++) {
                String component = ((ComponentEvent) received.get(i)).component();
                if (received.get(i) instanceof HealthChanged) {
                    causeAt.put(component, i);
                } else if (received.get(i) instanceof BreakerTransition && !causeAt.containsKey(component)) {
                    overtaken.add(component);
                }
            }
            assertThat(overtaken).as("reactions delivered before their cause").isEmpty();
        } finally {
            busy.forEach(Thread::interrupt);
            for (Thread thread : busy) {
                thread.join();
            }
        }
    }

    /** Keeps a core busy until interrupted. */
    private static void spin() {
        long x = 0;
        while (!Thread.currentThread().isInterrupted()) {
            x += System.nanoTime() & 1;
        }
        if (x == 42) {
            Thread.onSpinWait();
        }
    }
}
