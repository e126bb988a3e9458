package io.hms.core.healer;

import io.hms.api.RepairFunction;
import java.time.Duration;

/**
 * One step of a pass, resolved against the registry.
 *
 * @param function the repair function's name
 * @param level    its registered level, 0 if it is not registered
 * @param timeout  how long it may run
 * @param repair   the callable, null if no repair of that name is registered
 */
record PlannedStep(String function, int level, Duration timeout, RepairFunction repair) {
}
