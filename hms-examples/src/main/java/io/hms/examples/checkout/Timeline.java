package io.hms.examples.checkout;

import io.hms.api.event.AdminAction;
import io.hms.api.event.AgentRestarted;
import io.hms.api.event.AnomalyDetected;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.CandidateJudged;
import io.hms.api.event.ChaosInjected;
import io.hms.api.event.ChaosReverted;
import io.hms.api.event.FrontFound;
import io.hms.api.event.GenerationEvaluated;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentEscalated;
import io.hms.api.event.IncidentOpened;
import io.hms.api.event.IncidentReopened;
import io.hms.api.event.LeadershipChanged;
import io.hms.api.event.PatchPromoted;
import io.hms.api.event.PatchProposed;
import io.hms.api.event.PatchRolledBack;
import io.hms.api.event.RepairAttempted;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Prints the organism's events as a readable timeline, time relative to the start of the demo. */
final class Timeline {

    private final PrintStream out;
    private final Instant start;

    Timeline(PrintStream out, Instant start) {
        this.out = out;
        this.start = start;
    }

    void note(Instant time, String text) {
        line(time, "demo", text);
    }

    void print(HmsEvent event) {
        switch (event) {
            case HealthChanged e -> line(e.time(), e.component(), "health " + e.previous().status() + " -> "
                    + e.current().status() + reason(e.current().reason()));
            case BreakerTransition e -> line(e.time(), e.component(), "breaker " + e.from() + " -> " + e.to()
                    + reason(e.reason()));
            case IncidentOpened e -> line(e.time(), e.component(), "incident " + e.incidentId() + " opened"
                    + reason(e.trigger()));
            case RepairAttempted e -> line(e.time(), e.component(), String.format(Locale.ROOT,
                    "repair level %d %s: %s in %d ms%s", e.level(), e.function(), e.outcome(),
                    e.duration().toMillis(), reason(e.detail())));
            case IncidentReopened e -> line(e.time(), e.component(), "incident " + e.incidentId() + " re-opened "
                    + e.closedFor().toMillis() + " ms after " + e.resolvedBy() + " seemed to resolve it"
                    + reason(e.trigger()));
            case IncidentEscalated e -> line(e.time(), e.component(), "incident " + e.incidentId()
                    + " escalated after pass " + e.attempt() + ", next pass in " + e.retryIn().toMillis() + " ms");
            case IncidentClosed e -> line(e.time(), e.component(), String.format(Locale.ROOT,
                    "incident %s closed by %s after %d step(s), MTTR %s", e.incidentId(), e.resolvedBy(), e.steps(),
                    seconds(e.mttr())));
            case PatchProposed e -> line(e.time(), e.component(), "patch " + e.patchId() + " proposed");
            case PatchPromoted e -> line(e.time(), e.component(), "patch " + e.patchId() + " promoted as v"
                    + e.version());
            case PatchRolledBack e -> line(e.time(), e.component(), "patch " + e.patchId() + " rolled back"
                    + reason(e.reason()));
            case GenerationEvaluated e -> line(e.time(), e.component(), String.format(Locale.ROOT,
                    "optimizer generation %d: best %.4f, mean %.4f, %d evaluations", e.generation(), e.bestFitness(),
                    e.meanFitness(), e.evaluations()));
            case FrontFound e -> line(e.time(), e.component(), "optimizer front of " + e.members().size()
                    + " candidate(s) after generation " + e.generation());
            case CandidateJudged e -> line(e.time(), e.component(), (e.proposed() ? "optimizer proposes its candidate: "
                    : "optimizer keeps the current policy: ") + e.detail());
            case AnomalyDetected e -> line(e.time(), e.component(), String.format(Locale.ROOT,
                    "anomaly: grade %.2f for %d ticks%s", e.grade(), e.ticks(), e.signals().isEmpty() ? ""
                            : ", " + e.signals().getFirst().name() + " " + e.signals().getFirst().seen()));
            case LeadershipChanged e -> line(e.time(), e.nodeId(), e.leader() ? "leads" : "follows");
            case ChaosInjected e -> line(e.time(), e.target(), "chaos " + e.faultId() + " injected: " + e.kind()
                    + reason(e.detail()));
            case ChaosReverted e -> line(e.time(), e.target(), "chaos " + e.faultId() + " reverted: " + e.kind()
                    + reason(e.reason()));
            case AgentRestarted e -> line(e.time(), e.agent(), "agent restarted (#" + e.restarts() + ")"
                    + reason(e.reason()));
            case AdminAction e -> line(e.time(), e.target().isEmpty() ? "admin" : e.target(), e.action() + " by "
                    + e.caller() + ": " + e.status() + reason(e.outcome()));
        }
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f s", d.toNanos() / 1e9);
    }

    private void line(Instant time, String who, String text) {
        double at = Duration.between(start, time).toNanos() / 1e9;
        out.printf(Locale.ROOT, "%+8.3fs  %-10s %s%n", at, who, text);
    }

    private static String reason(String reason) {
        return reason == null || reason.isEmpty() ? "" : " (" + reason + ")";
    }
}
