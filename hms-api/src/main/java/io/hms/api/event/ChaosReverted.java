package io.hms.api.event;

import java.time.Instant;

/**
 * A fault injected by the chaos agent was taken back: by its deadline, by a repair, by an operator or
 * experiment, or because the runtime closed.
 *
 * @param time    when
 * @param faultId the fault, as in its {@link ChaosInjected}
 * @param kind    what kind of fault
 * @param target  the component it affected, or {@value ChaosInjected#PROCESS}
 * @param reason  why, e.g. {@code "deadline"}, {@code "repaired by resetPool (level 1)"}, {@code "closed"}
 */
public record ChaosReverted(Instant time, String faultId, String kind, String target, String reason)
        implements HmsEvent {
}
