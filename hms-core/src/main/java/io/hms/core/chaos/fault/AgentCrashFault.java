package io.hms.core.chaos.fault;

import io.hms.api.Names;

/**
 * Crashes one of the runtime's own agents as a fatal error would: every thread it runs on (the threads of
 * its event subscriptions) dies of an {@link io.hms.core.supervisor.AgentCrash} thrown out of the thread's
 * loop, and every timer of it (the monitor's check timers, the configurator's canary verdicts, the optimizer
 * host's timers) is dropped, as an executor drops a periodic task that threw. Its state is kept. Nothing calls
 * a restart: the runtime's supervisor finds the agent dead at its next check and restarts it
 * ({@code AgentRestarted}), which ends the fault; the deadline ends it otherwise, and then the agent is still
 * dead. The other agents go on meanwhile.
 *
 * <pre>{@code hms.chaos().inject(new AgentCrashFault("healer"), Duration.ofSeconds(5)); }</pre>
 *
 * <p>The agents are {@code monitor}, {@code healer}, {@code configurator} (only while a canary bakes),
 * {@code metrics} and, when the runtime hosts one, {@code optimizer}; an agent that runs nothing that could
 * crash is refused with an {@link IllegalStateException}. Its {@link #target()} is the agent's name, so an
 * experiment of it names the component to measure with {@code watching(...)}.
 *
 * @param agent the agent to crash, e.g. {@code "healer"}
 */
public record AgentCrashFault(String agent) implements Fault {

    /** Validates the argument. */
    public AgentCrashFault {
        Names.requireName(agent, "agent name");
    }

    @Override
    public FaultKind kind() {
        return FaultKind.AGENT_CRASH;
    }

    @Override
    public String target() {
        return agent;
    }

    @Override
    public String describe() {
        return "its threads die and its timers stop until the supervisor restarts it";
    }
}
