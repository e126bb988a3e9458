package io.hms.core.event;

import static io.hms.core.event.Events.health;
import static io.hms.core.event.Events.leadership;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.event.ComponentEvent;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.LeadershipChanged;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBusHistoryTest {

    @Test
    void historyKeepsTheLastEventsOldestFirst() {
        try (EventBus bus = new EventBus(3, 8)) {
            for (int i = 1; i <= 5; i++) {
                bus.publish(leadership(i));
            }
            assertThat(bus.history()).containsExactly(leadership(3), leadership(4), leadership(5));
        }
    }

    @Test
    void historyByTypeFiltersSubtypes() {
        try (EventBus bus = new EventBus()) {
            HealthChanged h = health("db");
            bus.publish(leadership(1));
            bus.publish(h);
            bus.publish(Events.breaker("db"));
            assertThat(bus.history(HealthChanged.class)).containsExactly(h);
            assertThat(bus.history(ComponentEvent.class)).hasSize(2);
            assertThat(bus.history(LeadershipChanged.class)).containsExactly(leadership(1));
        }
    }

    @Test
    void historyIsASnapshot() {
        try (EventBus bus = new EventBus()) {
            bus.publish(leadership(1));
            List<HmsEvent> snapshot = bus.history();
            bus.publish(leadership(2));
            assertThat(snapshot).hasSize(1);
            assertThatThrownBy(snapshot::clear).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void publicationsAfterCloseAreIgnored() {
        EventBus bus = new EventBus();
        bus.publish(leadership(1));
        bus.close();
        bus.publish(leadership(2));
        assertThat(bus.history()).containsExactly(leadership(1));
    }

    @Test
    void sizesMustBePositive() {
        assertThatThrownBy(() -> new EventBus(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("historySize and queueSize must be at least 1, got 0 and 1");
    }
}
