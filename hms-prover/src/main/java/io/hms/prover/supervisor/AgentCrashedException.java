package io.hms.prover.supervisor;

import io.hms.prover.spi.ProofResult;

/**
 * A prover agent's worker died under a job: the guard counts it as the agent's failure and retries the job, and
 * the supervisor hands it to another agent when the retries run out.
 */
public final class AgentCrashedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The crash {@code result} reports. */
    public AgentCrashedException(String agent, ProofResult result) {
        super("agent " + agent + " crashed on job " + result.jobId() + ": " + result.detail());
    }
}
