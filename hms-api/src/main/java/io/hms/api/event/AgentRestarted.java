package io.hms.api.event;

import java.time.Instant;

/**
 * One of the runtime's own agents (monitor, healer, configurator, metrics, the optimizer's host) was
 * found dead by the runtime's supervisor and restarted with its state kept: a thread of it had died, or
 * a timer of it had stopped. The other agents went on meanwhile.
 *
 * <pre>{@code
 * hms.events().subscribe(AgentRestarted.class,
 *         e -> log.warn("agent {} restarted ({}), restart #{}", e.agent(), e.reason(), e.restarts()));
 * }</pre>
 *
 * @param time     when it was restarted
 * @param agent    the agent, e.g. {@code "healer"}
 * @param reason   what of it had died, e.g. {@code "HealthChanged subscription: its thread died"}
 * @param restarts how many times this agent has been restarted in this runtime, this one included
 */
public record AgentRestarted(Instant time, String agent, String reason, long restarts) implements HmsEvent {
}
