package io.hms.admin;

import io.hms.api.event.AnomalyDetected;
import io.hms.api.event.CandidateJudged;
import io.hms.api.event.FrontFound;
import io.hms.api.event.GenerationEvaluated;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentEscalated;
import io.hms.api.event.IncidentOpened;
import io.hms.api.event.IncidentReopened;
import io.hms.api.event.PatchPromoted;
import io.hms.api.event.PatchProposed;
import io.hms.api.event.PatchRolledBack;
import io.hms.api.event.RepairAttempted;

/** Which agent an event is the act of, by the agents' names under the supervisor. */
final class AgentOf {

    private AgentOf() {
    }

    /** The agent that published {@code event}, or null for events that are no agent's act. */
    static String event(HmsEvent event) {
        return switch (event) {
            case HealthChanged e -> "monitor";
            case AnomalyDetected e -> "monitor";
            case RepairAttempted e -> "healer";
            case IncidentOpened e -> "healer";
            case IncidentReopened e -> "healer";
            case IncidentEscalated e -> "healer";
            case IncidentClosed e -> "healer";
            case PatchPromoted e -> "configurator";
            case PatchRolledBack e -> "configurator";
            case PatchProposed e -> "optimizer".equals(e.source()) ? "optimizer" : null; // not the admin's
            case GenerationEvaluated e -> "optimizer";
            case FrontFound e -> "optimizer";
            case CandidateJudged e -> "optimizer";
            default -> null;
        };
    }
}
