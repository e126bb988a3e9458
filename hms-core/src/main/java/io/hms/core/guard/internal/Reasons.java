package io.hms.core.guard.internal;

import java.util.Locale;

/** The words of breaker transition reasons, e.g. {@code "failure rate 60.0% >= 50.0% over 20 calls"}. */
final class Reasons {

    private Reasons() {
    }

    static String rate(String what, float rate, String comparison, float threshold, int calls) {
        return String.format(Locale.ROOT, "%s %.1f%% %s %.1f%% over %d calls", what, rate, comparison, threshold,
                calls);
    }
}
