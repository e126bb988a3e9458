package io.hms.core.event;

import static io.hms.core.event.Events.health;
import static io.hms.core.event.Events.leadership;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.event.HealthChanged;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link EventBus#next} completes with the next matching event, on the publishing thread. */
class EventBusWaitTest {

    private final EventBus bus = new EventBus();

    @AfterEach
    void close() {
        bus.close();
    }

    @Test
    void nextCompletesWithTheFirstMatchingEventOnly() throws Exception {
        CompletableFuture<HealthChanged> next = bus.next(HealthChanged.class, e -> e.component().equals("db"));

        bus.publish(health("cache"));
        bus.publish(leadership(1));
        assertThat(next).isNotDone();

        HealthChanged db = health("db");
        bus.publish(db);
        bus.publish(health("db"));
        assertThat(next.get(0, TimeUnit.SECONDS)).isSameAs(db);
    }

    @Test
    void aContinuationMayWaitForAnotherThreadThatPublishes() throws Exception {
        CompletableFuture<HealthChanged> next = bus.next(HealthChanged.class, e -> e.component().equals("db"));
        CompletableFuture<HealthChanged> followUp = bus.next(HealthChanged.class, e -> e.component().equals("cache"));
        CompletableFuture<Void> continued = next.thenRun(() -> publishAndWait(health("cache"))) // the bus is free again
                .thenRun(() -> assertThat(followUp).isDone());

        Thread publisher = Thread.ofPlatform().start(() -> bus.publish(health("db")));
        publisher.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(publisher.isAlive()).as("the publisher returned").isFalse();
        continued.get(10, TimeUnit.SECONDS);
    }

    private void publishAndWait(HealthChanged event) {
        try {
            Thread.ofVirtual().start(() -> bus.publish(event)).join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nextIgnoresEventsPublishedBeforeIt() {
        bus.publish(health("db"));
        assertThat(bus.next(HealthChanged.class, e -> true)).isNotDone();
    }

    @Test
    void aThrowingMatchFailsTheFuture() {
        CompletableFuture<HealthChanged> next = bus.next(HealthChanged.class, e -> {
            throw new IllegalStateException("bad predicate");
        });
        bus.publish(health("db"));
        assertThatThrownBy(next::get).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWaitTheCallerGaveUpIsForgotten() {
        AtomicInteger tested = new AtomicInteger();
        CompletableFuture<HealthChanged> next = bus.next(HealthChanged.class, e -> {
            tested.incrementAndGet();
            return false;
        });
        bus.publish(health("db"));
        assertThat(tested).hasValue(1);

        next.cancel(false);
        bus.publish(health("db"));
        bus.publish(health("db"));

        assertThat(tested).hasValue(1);
    }

    @Test
    void closeCancelsPendingWaits() {
        CompletableFuture<HealthChanged> next = bus.next(HealthChanged.class, e -> true);
        bus.close();
        assertThat(next).isCancelled();
    }

    @Test
    void nextOnAClosedBusFailsAtOnce() {
        bus.close();
        CompletableFuture<HealthChanged> next = bus.next(HealthChanged.class, e -> true);
        assertThat(next).isDone();
        assertThatThrownBy(() -> next.get(0, TimeUnit.SECONDS))
                .isInstanceOfAny(ExecutionException.class, CancellationException.class);
    }
}
