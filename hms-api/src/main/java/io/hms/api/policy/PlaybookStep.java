package io.hms.api.policy;

import io.hms.api.Names;
import java.time.Duration;

/**
 * One step of a repair playbook: which repair function to run and how long it may take.
 *
 * @param function the name of a REPAIR function registered for the component
 * @param timeout  how long it may run before it is abandoned
 */
public record PlaybookStep(String function, Duration timeout) {

    /** Validates the fields. */
    public PlaybookStep {
        Names.requireName(function, "playbook step function");
        Checks.positive(timeout, "timeout");
    }
}
