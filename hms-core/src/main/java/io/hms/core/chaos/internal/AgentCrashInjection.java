package io.hms.core.chaos.internal;

import io.hms.core.supervisor.AgentCrash;
import io.hms.core.supervisor.Supervisor;

/**
 * Crashes an agent through the runtime's {@link Supervisor}: its threads die and its timers are dropped. A
 * crash cannot be taken back: the revert does nothing, and the agent runs again only once the supervisor
 * has restarted it (which ends the fault first).
 */
public final class AgentCrashInjection implements Injection {

    private final Supervisor supervisor;
    private final String agent;
    private final String faultId;

    /**
     * @param supervisor the runtime's supervisor; null when the chaos agent was built without one
     * @param agent      the agent to crash
     * @param faultId    the fault, named in the crash's message
     */
    public AgentCrashInjection(Supervisor supervisor, String agent, String faultId) {
        if (supervisor == null) {
            throw new IllegalStateException("an agent_crash fault needs the runtime's supervisor, but this chaos "
                    + "agent was built without one; inject it through Hms.chaos()");
        }
        this.supervisor = supervisor;
        this.agent = agent;
        this.faultId = faultId;
    }

    @Override
    public void apply() {
        supervisor.crash(agent, new AgentCrash("agent " + agent + " crashed by chaos fault " + faultId));
    }

    @Override
    public void revert() {
        // the supervisor restarts the agent; a crash is not undone by hand
    }
}
