package io.hms.core.chaos.fault;

import io.hms.api.Names;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** Argument checks shared by the fault records; each message names the argument and the value. */
final class FaultChecks {

    private FaultChecks() {
    }

    static String component(String component) {
        return Names.requireName(component, "component name");
    }

    static double fraction(double fraction) {
        if (!(fraction > 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
        }
        return fraction;
    }

    static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }

    static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
        return value;
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
