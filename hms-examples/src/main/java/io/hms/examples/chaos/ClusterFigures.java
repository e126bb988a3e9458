package io.hms.examples.chaos;

import io.hms.core.chaos.experiment.ExperimentReport;
import java.time.Duration;
import java.util.Optional;

/**
 * One cluster experiment run: the experiment's own report (measured on the broken node), and what the
 * rest of the cluster saw. Durations are empty when the moment never came.
 *
 * @param report      the experiment's report
 * @param wasLeader   whether the broken node led when the fault was injected
 * @param newLeader   injection to another node leading (only when the broken node led)
 * @param commitsAgain injection to the first write started after it that the other nodes committed
 * @param caughtUp    the fault's revert to the broken node ACTIVE again with every entry committed before the revert
 */
public record ClusterFigures(ExperimentReport report, boolean wasLeader, Optional<Duration> newLeader,
                             Optional<Duration> commitsAgain, Optional<Duration> caughtUp) {
}
