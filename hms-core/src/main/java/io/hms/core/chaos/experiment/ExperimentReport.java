package io.hms.core.chaos.experiment;

import io.hms.api.event.HmsEvent;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The immutable result of one experiment run: the verdict, each expectation judged, the figures and the
 * events seen from start to end.
 *
 * <pre>{@code
 * ExperimentReport report = hms.experiments().run(experiment).get(40, TimeUnit.SECONDS);
 * if (!report.passed()) log.warn("{}", report.summary());
 * }</pre>
 *
 * @param experiment the experiment
 * @param outcome    passed, failed, or aborted (steady state not met, blast radius, deadline)
 * @param reason     why it was aborted; empty otherwise
 * @param startedAt  when the run started
 * @param endedAt    when it ended
 * @param results    each expectation judged, in a fixed order
 * @param figures    what was measured
 * @param timeline   the component's and the chaos agent's events during the run, in order
 */
public record ExperimentReport(Experiment experiment, Outcome outcome, String reason, Instant startedAt,
                               Instant endedAt, List<ExpectationResult> results, ExperimentFigures figures,
                               List<HmsEvent> timeline) {

    /** How a run ended. */
    public enum Outcome {
        /** Every expectation was met. */
        PASSED,
        /** The run completed and some expectation was not met. */
        FAILED,
        /** The run was stopped early and its fault reverted; see {@link #reason()}. */
        ABORTED
    }

    /** Copies the lists. */
    public ExperimentReport {
        results = List.copyOf(results);
        timeline = List.copyOf(timeline);
    }

    /** Whether every expectation was met. */
    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    /** A few lines: verdict, expectations and figures. */
    public String summary() {
        return experiment.name() + ": " + outcome + (reason.isEmpty() ? "" : " (" + reason + ")") + "\n  "
                + results.stream().map(ExpectationResult::toString).collect(Collectors.joining("\n  "))
                + "\n  " + figures;
    }
}
