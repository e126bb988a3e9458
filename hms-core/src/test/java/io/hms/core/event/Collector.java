package io.hms.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.HmsEvent;
import io.hms.api.event.HmsEventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A listener that records what it receives and the thread it runs on, and lets a test wait until a
 * marker event has arrived: since each subscriber receives in publication order, everything published
 * before the marker has then been delivered.
 */
final class Collector<E extends HmsEvent> implements HmsEventListener<E> {

    static final long WAIT_SECONDS = 10;

    private final Predicate<? super E> marker;
    private final List<E> received = new ArrayList<>();
    private final CountDownLatch markerSeen = new CountDownLatch(1);
    private volatile Thread thread;

    Collector(Predicate<? super E> marker) {
        this.marker = marker;
    }

    @Override
    public void onEvent(E event) {
        thread = Thread.currentThread();
        synchronized (received) {
            received.add(event);
        }
        if (marker.test(event)) {
            markerSeen.countDown();
        }
    }

    /** Waits (bounded) for the marker and returns what came before it. */
    List<E> awaitMarker() throws InterruptedException {
        assertThat(markerSeen.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("marker delivered").isTrue();
        synchronized (received) {
            return List.copyOf(received.subList(0, received.size() - 1));
        }
    }

    List<E> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    Thread thread() {
        return thread;
    }
}
