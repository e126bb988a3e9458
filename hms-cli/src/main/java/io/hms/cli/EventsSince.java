package io.hms.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** Where the host's event stream stands now, so a command follows only what happens after it acts. */
final class EventsSince {

    private EventsSince() {
    }

    /** The id of the newest event the host keeps; 0 before any. */
    static long last(AdminClient host) {
        long last = 0;
        for (JsonNode frame : host.get("api/events?follow=false")) {
            last = Math.max(last, frame.path("id").asLong());
        }
        return last;
    }
}
