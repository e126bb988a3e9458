/**
 * The runtime's supervision of its own agents: each agent shows the {@link io.hms.core.supervisor.Lifeline}s
 * it runs on (the threads of its event subscriptions, its timers), and the
 * {@link io.hms.core.supervisor.Supervisor} restarts those that died, keeping the agent's state, and reports
 * it as an {@link io.hms.api.event.AgentRestarted}.
 */
package io.hms.core.supervisor;
