package io.hms.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Times and durations as a terminal shows them. */
final class Times {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    private Times() {
    }

    /** An ISO instant as the local wall clock, {@code 14:03:07.250}; the text as it is when it is not one. */
    static String clock(String iso) {
        try {
            return LocalTime.ofInstant(Instant.parse(iso), ZoneId.systemDefault()).format(CLOCK);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** An ISO duration as {@code 250ms} or {@code 1.5s}; the text as it is when it is not one. */
    static String duration(String iso) {
        try {
            return io.hms.api.Durations.format(Duration.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
