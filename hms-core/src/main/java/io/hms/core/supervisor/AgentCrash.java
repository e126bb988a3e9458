package io.hms.core.supervisor;

/**
 * The fatal error a crashed agent's thread dies of, thrown by the chaos agent's agent-crash fault. It has
 * no stack trace: where it was thrown is always the loop of the thread it killed.
 *
 * <pre>{@code supervisor.crash("healer", new AgentCrash("crashed by chaos fault chaos-3")); }</pre>
 */
public final class AgentCrash extends Error {

    private static final long serialVersionUID = 1L;

    /** @param message why, e.g. {@code "crashed by chaos fault chaos-3"} */
    public AgentCrash(String message) {
        super(message, null, false, false);
    }
}
