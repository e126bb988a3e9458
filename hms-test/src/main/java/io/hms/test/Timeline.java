package io.hms.test;

import io.hms.api.event.HmsEvent;
import io.hms.core.Hms;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A runtime's events, one a line, each at its time since the first: what a failed test prints. */
public final class Timeline {

    private Timeline() {
    }

    /** The timeline of {@code hms}'s event history. */
    public static String of(Hms hms) {
        return of(hms.events().history());
    }

    /** The timeline of {@code events}, oldest first. */
    public static String of(List<HmsEvent> events) {
        if (events.isEmpty()) {
            return "(no events)";
        }
        Instant first = events.getFirst().time();
        StringBuilder out = new StringBuilder();
        for (HmsEvent e : events) {
            Duration at = Duration.between(first, e.time());
            out.append(String.format(Locale.ROOT, "%+9.3f s  %s%n", at.toNanos() / 1e9, e));
        }
        return out.toString();
    }
}
