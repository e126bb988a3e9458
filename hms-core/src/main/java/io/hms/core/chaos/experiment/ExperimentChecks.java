package io.hms.core.chaos.experiment;

import java.time.Duration;
import java.util.Objects;

/** Argument checks shared by the experiment records; each message names the argument and the value. */
final class ExperimentChecks {

    private ExperimentChecks() {
    }

    static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }
}
