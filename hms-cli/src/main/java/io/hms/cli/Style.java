package io.hms.cli;

/** ANSI colours for a terminal, or none: for {@code --no-color}, {@code NO_COLOR}, and output that is not a terminal. */
final class Style {

    private final boolean on;

    private Style(boolean on) {
        this.on = on;
    }

    static Style of(boolean noColor, boolean terminal) {
        return new Style(!noColor && terminal && System.getenv("NO_COLOR") == null);
    }

    static Style plain() {
        return new Style(false);
    }

    String green(String text) {
        return paint("32", text);
    }

    String red(String text) {
        return paint("31", text);
    }

    String yellow(String text) {
        return paint("33", text);
    }

    String bold(String text) {
        return paint("1", text);
    }

    String dim(String text) {
        return paint("2", text);
    }

    /** A health, breaker or outcome word in its colour. */
    String state(String word) {
        return switch (word) {
            case "UP", "CLOSED", "promoted", "passed", "VERIFIED", "ok" -> green(word);
            case "DOWN", "OPEN", "rolled back", "failed", "FAILED", "TIMED_OUT" -> red(word);
            case "DEGRADED", "HALF_OPEN", "canary", "pending" -> yellow(word);
            default -> word;
        };
    }

    private String paint(String code, String text) {
        return on ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
