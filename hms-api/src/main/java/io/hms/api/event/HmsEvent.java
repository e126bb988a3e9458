package io.hms.api.event;

import java.time.Instant;

/**
 * Something that happened in the organism, stamped with the runtime's clock.
 *
 * <pre>{@code
 * hms.events().subscribe(HmsEvent.class, event -> switch (event) {
 *     case HealthChanged h -> log.info("{} is {}", h.component(), h.current().status());
 *     case LeadershipChanged l -> log.info("leader: {}", l.leader());
 *     default -> { }
 * });
 * }</pre>
 */
public sealed interface HmsEvent permits ComponentEvent, LeadershipChanged, ChaosInjected, ChaosReverted,
        AgentRestarted, AdminAction {

    /** When it happened. */
    Instant time();
}
