package io.hms.core.event;

import static io.hms.core.event.Events.leadership;
import static io.hms.core.event.Events.leadershipEnd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.Subscription;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.LeadershipChanged;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Each subscriber runs on its own named virtual thread, which its subscription or the bus's close stops. */
class EventBusLifecycleTest {

    private static final long WAIT = Collector.WAIT_SECONDS;

    @Test
    void subscribersRunOnNamedVirtualThreads() throws InterruptedException {
        try (EventBus bus = new EventBus()) {
            Collector<LeadershipChanged> collector = new Collector<>(Events::isEnd);
            bus.subscribe(LeadershipChanged.class, collector);
            bus.publish(leadershipEnd());
            collector.awaitMarker();
            assertThat(collector.thread().getName()).startsWith("hms-events-LeadershipChanged-");
            assertThat(collector.thread().isVirtual()).isTrue();
        }
    }

    @Test
    void closeStopsEverySubscriberThread() throws InterruptedException {
        EventBus bus = new EventBus();
        List<Collector<HmsEvent>> collectors = List.of(
                new Collector<>(Events::isEnd), new Collector<>(Events::isEnd), new Collector<>(Events::isEnd));
        collectors.forEach(c -> bus.subscribe(HmsEvent.class, c));
        bus.publish(leadershipEnd());
        for (Collector<HmsEvent> c : collectors) {
            c.awaitMarker();
        }

        bus.close();

        for (Collector<HmsEvent> c : collectors) {
            Thread thread = c.thread();
            assertThat(thread.getName()).startsWith("hms-events-");
            assertThat(thread.join(Duration.ofSeconds(WAIT))).as("%s stopped", thread).isTrue();
        }
    }

    @Test
    void closeStopsASubscriberThatSwallowsTheInterrupt() throws InterruptedException {
        EventBus bus = new EventBus();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicReference<Thread> thread = new AtomicReference<>();
        bus.subscribe(LeadershipChanged.class, e -> {
            thread.set(Thread.currentThread());
            entered.countDown();
            try {
                new CountDownLatch(1).await(WAIT, TimeUnit.SECONDS);
            } catch (InterruptedException swallowed) {
                interrupted.countDown(); // and does not restore the flag
            }
        });
        bus.publish(leadership(1));
        assertThat(entered.await(WAIT, TimeUnit.SECONDS)).isTrue();

        bus.close();

        assertThat(interrupted.await(WAIT, TimeUnit.SECONDS)).isTrue();
        assertThat(thread.get().join(Duration.ofSeconds(WAIT))).isTrue();
    }

    @Test
    void closingASubscriptionStopsItsThreadAndItsDeliveries() throws InterruptedException {
        try (EventBus bus = new EventBus()) {
            Collector<LeadershipChanged> leaving = new Collector<>(Events::isEnd);
            Subscription subscription = bus.subscribe(LeadershipChanged.class, leaving);
            bus.publish(leadershipEnd());
            leaving.awaitMarker();

            subscription.close();
            subscription.close();
            assertThat(leaving.thread().join(Duration.ofSeconds(WAIT))).isTrue();
            bus.publish(leadership(2));

            Collector<LeadershipChanged> staying = new Collector<>(Events::isEnd);
            bus.subscribe(LeadershipChanged.class, staying);
            bus.publish(leadershipEnd());
            staying.awaitMarker();
            assertThat(leaving.received()).containsExactly(leadershipEnd());
        }
    }

    @Test
    void subscribingToAClosedBusIsRefused() {
        EventBus bus = new EventBus();
        bus.close();
        assertThatThrownBy(() -> bus.subscribe(HealthChanged.class, e -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the event bus is closed");
    }
}
