package io.hms.core.event;

import static io.hms.core.event.Events.breaker;
import static io.hms.core.event.Events.health;
import static io.hms.core.event.Events.leadership;
import static io.hms.core.event.Events.leadershipEnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.BreakerTransition;
import io.hms.api.event.ComponentEvent;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.LeadershipChanged;
import io.hms.core.testing.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventBusDeliveryTest {

    private final EventBus bus = new EventBus();

    @AfterEach
    void close() {
        bus.close();
    }

    @Test
    void aSubscriptionToATypeReceivesItsSubtypesAndNothingElse() throws InterruptedException {
        Collector<HmsEvent> all = new Collector<>(e -> e instanceof LeadershipChanged l && Events.isEnd(l));
        Collector<ComponentEvent> components = new Collector<>(Events::isEnd);
        Collector<HealthChanged> healths = new Collector<>(Events::isEnd);
        Collector<LeadershipChanged> leaderships = new Collector<>(Events::isEnd);
        bus.subscribe(HmsEvent.class, all);
        bus.subscribe(ComponentEvent.class, components);
        bus.subscribe(HealthChanged.class, healths);
        bus.subscribe(LeadershipChanged.class, leaderships);

        HealthChanged h = health("db");
        BreakerTransition b = breaker("db");
        LeadershipChanged l = leadership(1);
        HealthChanged healthEnd = health(Events.END);
        for (HmsEvent e : List.of(h, b, l, healthEnd, leadershipEnd())) {
            bus.publish(e);
        }

        assertThat(all.awaitMarker()).containsExactly(h, b, l, healthEnd);
        assertThat(components.awaitMarker()).containsExactly(h, b);
        assertThat(healths.awaitMarker()).containsExactly(h);
        assertThat(leaderships.awaitMarker()).containsExactly(l);
    }

    @Test
    void eachSubscriberReceivesInPublicationOrder() throws InterruptedException {
        Collector<LeadershipChanged> first = new Collector<>(Events::isEnd);
        Collector<HmsEvent> second = new Collector<>(Events::isEnd);
        bus.subscribe(LeadershipChanged.class, first);
        bus.subscribe(HmsEvent.class, second);

        List<LeadershipChanged> published = IntStream.range(0, 1000).mapToObj(Events::leadership).toList();
        published.forEach(bus::publish);
        bus.publish(leadershipEnd());

        assertThat(first.awaitMarker()).containsExactlyElementsOf(published);
        assertThat(second.awaitMarker()).containsExactlyElementsOf(published);
    }

    @Test
    void aSubscriberThatThrowsKeepsReceiving() throws InterruptedException {
        List<Integer> seen = new ArrayList<>();
        Collector<LeadershipChanged> marker = new Collector<>(Events::isEnd);
        bus.subscribe(LeadershipChanged.class, e -> {
            marker.onEvent(e);
            if (!Events.isEnd(e)) {
                seen.add((int) e.time().getEpochSecond());
                throw new IllegalStateException("listener bug on " + e);
            }
        });

        try (LogCapture log = LogCapture.of(EventBus.class)) {
            for (int i = 1; i <= 5; i++) {
                bus.publish(leadership(i));
            }
            bus.publish(leadershipEnd());

            assertThat(marker.awaitMarker()).hasSize(5);
            assertThat(seen).containsExactly(1, 2, 3, 4, 5);
            assertThat(log.warnings()).hasSize(5).allMatch(line -> line.contains("threw on")
                    && line.endsWith("it keeps receiving events"));
        }
    }

    @Test
    void eventsPublishedBeforeTheSubscriptionAreNotDelivered() throws InterruptedException {
        bus.publish(leadership(1));
        Collector<LeadershipChanged> late = new Collector<>(Events::isEnd);
        bus.subscribe(LeadershipChanged.class, late);
        bus.publish(leadership(2));
        bus.publish(leadershipEnd());
        assertThat(late.awaitMarker()).containsExactly(leadership(2));
    }
}
