package io.hms.core.event;

import static io.hms.core.event.Events.leadership;
import static io.hms.core.event.Events.leadershipEnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.Subscription;
import io.hms.api.event.HmsEventListener;
import io.hms.api.event.LeadershipChanged;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A slow subscriber holds up nobody: publish returns at once, and its own overflow is dropped and counted. */
class EventBusBackpressureTest {

    private static final long WAIT = Collector.WAIT_SECONDS;

    @Test
    void aSlowSubscriberBlocksNeitherPublishNorTheOtherSubscribers() throws InterruptedException {
        try (EventBus bus = new EventBus()) {
            Blocking slow = new Blocking();
            Collector<LeadershipChanged> fast = new Collector<>(Events::isEnd);
            bus.subscribe(LeadershipChanged.class, slow);
            bus.subscribe(LeadershipChanged.class, fast);

            List<LeadershipChanged> published = IntStream.range(0, 100).mapToObj(Events::leadership).toList();
            published.forEach(bus::publish);
            bus.publish(leadershipEnd());

            assertThat(fast.awaitMarker()).containsExactlyElementsOf(published);
            assertThat(slow.entered.await(WAIT, TimeUnit.SECONDS)).isTrue();
            assertThat(slow.collector.received()).containsExactly(published.get(0));

            slow.release.countDown();
            assertThat(slow.collector.awaitMarker()).containsExactlyElementsOf(published);
            assertThat(bus.dropped()).isZero();
        }
    }

    @Test
    void eventsBeyondAFullQueueAreDroppedForThatSubscriberAndCounted() throws InterruptedException {
        try (EventBus bus = new EventBus(16, 2)) {
            Blocking slow = new Blocking(e -> e.equals(leadership(3)));
            bus.subscribe(LeadershipChanged.class, slow);

            bus.publish(leadership(1));
            assertThat(slow.entered.await(WAIT, TimeUnit.SECONDS)).isTrue(); // its queue is empty again
            bus.publish(leadership(2));
            bus.publish(leadership(3));                                      // the queue is full
            bus.publish(leadership(4));
            bus.publish(leadership(5));
            bus.publish(leadership(6));

            assertThat(bus.dropped()).isEqualTo(3);
            assertThat(bus.backlog()).as("events 2 and 3 wait for the slow listener").isEqualTo(2);
            slow.release.countDown();
            assertThat(slow.collector.awaitMarker()).containsExactly(leadership(1), leadership(2));
            assertThat(slow.collector.received()).containsExactly(leadership(1), leadership(2), leadership(3));
            assertThat(bus.backlog()).as("all delivered").isZero();
            assertThat(bus.history()).hasSize(6);
        }
    }

    @Test
    void theDroppedCountIsKeptAfterTheSlowSubscriberLeaves() throws InterruptedException {
        try (EventBus bus = new EventBus(16, 1)) {
            Blocking slow = new Blocking();
            Subscription subscription = bus.subscribe(LeadershipChanged.class, slow);
            bus.publish(leadership(1));
            assertThat(slow.entered.await(WAIT, TimeUnit.SECONDS)).isTrue();
            bus.publish(leadership(2));
            bus.publish(leadership(3));
            assertThat(bus.dropped()).isEqualTo(1);

            subscription.close();

            assertThat(bus.dropped()).isEqualTo(1);
        }
    }

    /** Blocks on the first event until released (bounded), recording everything. */
    private static final class Blocking implements HmsEventListener<LeadershipChanged> {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final Collector<LeadershipChanged> collector;

        Blocking() {
            this(Events::isEnd);
        }

        Blocking(Predicate<LeadershipChanged> marker) {
            collector = new Collector<>(marker);
        }

        @Override
        public void onEvent(LeadershipChanged event) {
            collector.onEvent(event);
            entered.countDown();
            try {
                release.await(WAIT, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
