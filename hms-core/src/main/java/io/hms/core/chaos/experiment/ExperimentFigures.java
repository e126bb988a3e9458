package io.hms.core.chaos.experiment;

import io.hms.core.chaos.fault.AgentCrashFault;
import java.time.Duration;
import java.util.Optional;

/**
 * What an experiment run measured. Durations are empty when the moment never came (no alarm, no recovery).
 *
 * @param detection   injection to the first alarm (health DOWN, breaker OPEN or incident opened; for an
 *                    {@link AgentCrashFault}, the supervisor restarting the crashed agent)
 * @param recovery    the first alarm (or, without one, the fault's end) to the component settled again
 * @param faultActive injection to the fault's revert
 * @param incidentMttr the healer's time to recover of the last incident closed during the run
 * @param calls       guarded calls from injection to the end
 * @param lostCalls   of those, calls that ended in an exception for the caller
 * @param during      the steady-state measurement while the fault was in
 */
public record ExperimentFigures(Optional<Duration> detection, Optional<Duration> recovery, Optional<Duration> faultActive,
                                Optional<Duration> incidentMttr, long calls, long lostCalls,
                                SteadyState.Measurement during) {
}
