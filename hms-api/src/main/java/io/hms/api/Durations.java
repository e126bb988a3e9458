package io.hms.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The durations written in annotations and plan files: {@code 250ms}, {@code 2s}, {@code 1m}, {@code PT1S}.
 *
 * <pre>{@code
 * Duration timeout = Durations.parse("250ms");   // PT0.25S
 * String shown = Durations.format(timeout);       // "250ms"
 * }</pre>
 */
public final class Durations {

    private static final Pattern SHORT = Pattern.compile("(-?)\\s*(\\d+)\\s*(ns|us|ms|s|m|h|d)");

    private Durations() {
    }

    /**
     * Parses {@code text}: zero or more.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms, or saying that it is negative
     */
    public static Duration parse(String text) {
        Duration parsed = parseSigned(text);
        if (parsed.isNegative()) {
            throw new IllegalArgumentException("'" + text + "' is negative; a duration is zero or more, e.g. 0s, 250ms "
                    + "or 2s");
        }
        return parsed;
    }

    private static Duration parseSigned(String text) {
        String trimmed = text.trim();
        Matcher m = SHORT.matcher(trimmed);
        if (m.matches()) {
            try {
                long n = Long.parseLong(m.group(2));
                if (!m.group(1).isEmpty()) {
                    n = -n;
                }
                return switch (m.group(3)) {
                    case "ns" -> Duration.ofNanos(n);
                    case "us" -> Duration.ofNanos(Math.multiplyExact(n, 1_000L));
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } catch (ArithmeticException | NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is out of range; write e.g. 250ms, 2s, 1m, 1h"
                        + " or PT0.5S");
            }
        }
        try {
            return Duration.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 250ms, 2s, 1m, 1h or PT0.5S");
        }
    }

    /**
     * A short human form: whole milliseconds under a second ({@code 250ms}), else seconds with at most
     * two decimals ({@code 1.5s}, {@code 1.23s}, {@code 2s}, {@code 120s}).
     */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1_000) {
            return ms + "ms";
        }
        return BigDecimal.valueOf(ms, 3).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "s";
    }
}
