package io.hms.core.guard;

import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.HmsEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Captures the events a breaker publishes. */
final class EventLog implements Consumer<HmsEvent> {

    private final List<HmsEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void accept(HmsEvent event) {
        events.add(event);
    }

    List<BreakerTransition> transitions() {
        return events.stream().filter(BreakerTransition.class::isInstance).map(BreakerTransition.class::cast)
                .toList();
    }

    /** "CLOSED->OPEN" per transition, in order. */
    List<String> path() {
        return transitions().stream().map(t -> t.from() + "->" + t.to()).toList();
    }

    BreakerTransition last() {
        List<BreakerTransition> all = transitions();
        return all.get(all.size() - 1);
    }

    static String edge(BreakerState from, BreakerState to) {
        return from + "->" + to;
    }
}
