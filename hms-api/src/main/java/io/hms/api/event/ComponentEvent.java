package io.hms.api.event;

/** An event about one component. */
public sealed interface ComponentEvent extends HmsEvent
        permits HealthChanged, BreakerTransition, RepairAttempted, IncidentOpened, IncidentReopened, IncidentEscalated,
        IncidentClosed, PatchProposed, PatchPromoted, PatchRolledBack, GenerationEvaluated, CandidateJudged, FrontFound,
        AnomalyDetected {

    /** The component it is about. */
    String component();
}
