package io.hms.api.event;

/**
 * Receives events of one type from the event bus. Called on the subscriber's own HMS thread, in
 * publication order; a listener that throws is logged and keeps receiving later events.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface HmsEventListener<E extends HmsEvent> {

    /** Handles one event. */
    void onEvent(E event);
}
