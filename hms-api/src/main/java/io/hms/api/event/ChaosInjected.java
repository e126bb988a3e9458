package io.hms.api.event;

import java.time.Instant;

/**
 * A fault was injected on purpose by the chaos agent. Every injection is followed, at the latest at
 * its {@code deadline}, by a {@link ChaosReverted} with the same {@code faultId}.
 *
 * <pre>{@code
 * hms.events().subscribe(ChaosInjected.class,
 *         e -> log.warn("chaos {} on {}: {} until {}", e.faultId(), e.target(), e.detail(), e.deadline()));
 * }</pre>
 *
 * @param time     when
 * @param faultId  the fault, {@code chaos-<n>}, unique per runtime
 * @param kind     what kind of fault, e.g. {@code "latency"}, {@code "cpu_spike"}
 * @param target   the component it affects, or {@value #PROCESS} for a fault on the whole JVM
 * @param detail   its parameters, e.g. {@code "+300ms on 100% of calls"}
 * @param deadline when it reverts by itself at the latest
 */
public record ChaosInjected(Instant time, String faultId, String kind, String target, String detail,
                            Instant deadline) implements HmsEvent {

    /** The {@link #target()} of a fault that affects the whole JVM rather than one component. */
    public static final String PROCESS = "process";
}
