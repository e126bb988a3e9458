package io.hms.core.event;

import static io.hms.core.event.Events.leadership;
import static io.hms.core.event.Events.leadershipEnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.LeadershipChanged;
import io.hms.core.supervisor.AgentCrash;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A subscription's thread survives whatever its listener throws, and one that dies keeps its queue for a restart. */
class EventBusCrashTest {

    private final EventBus bus = new EventBus();

    @AfterEach
    void close() {
        bus.close();
    }

    @Test
    void aListenerThatThrowsACheckedExceptionSneakilyKeepsReceiving() throws InterruptedException {
        Collector<LeadershipChanged> collector = new Collector<>(Events::isEnd);
        BusSubscription subscription = bus.subscribe(LeadershipChanged.class, event -> {
            collector.onEvent(event);
            if (!Events.isEnd(event)) {
                sneakyThrow(new IOException("undeclared"));
            }
        });

        LeadershipChanged first = leadership(1);
        LeadershipChanged second = leadership(2);
        bus.publish(first);
        bus.publish(second);
        bus.publish(leadershipEnd());

        assertThat(collector.awaitMarker()).containsExactly(first, second);
        assertThat(subscription.dead()).isFalse();
    }

    @Test
    void aCrashedSubscriptionIsDeadKeepsWhatIsPublishedAndARestartDeliversItInOrder() throws InterruptedException {
        Collector<LeadershipChanged> collector = new Collector<>(Events::isEnd);
        BusSubscription subscription = bus.subscribe(LeadershipChanged.class, collector);

        subscription.crash(new AgentCrash("crashed by a test"));

        assertThat(subscription.dead()).as("the thread died before crash() returned").isTrue();
        LeadershipChanged first = leadership(1);
        LeadershipChanged second = leadership(2);
        bus.publish(first);
        bus.publish(second);
        bus.publish(leadershipEnd());
        assertThat(collector.received()).as("nothing is delivered while dead").isEmpty();

        assertThat(subscription.restart()).isTrue();

        assertThat(collector.awaitMarker()).containsExactly(first, second);
        assertThat(subscription.dead()).isFalse();
        assertThat(subscription.restart()).as("a live subscription is left alone").isFalse();
        assertThat(bus.dropped()).isZero();
    }

    @Test
    void aClosedSubscriptionIsNotDeadAndIsNotRestarted() {
        BusSubscription subscription = bus.subscribe(LeadershipChanged.class, event -> { });

        subscription.close();
        subscription.crash(new AgentCrash("too late"));

        assertThat(subscription.dead()).isFalse();
        assertThat(subscription.restart()).isFalse();
        assertThat(subscription.name()).isEqualTo("LeadershipChanged subscription");
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }
}
