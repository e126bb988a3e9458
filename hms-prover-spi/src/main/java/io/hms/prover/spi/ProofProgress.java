package io.hms.prover.spi;

import java.time.Duration;

/**
 * A prover agent's word on a job still running: which agent holds it, how long it has run and, when the
 * backend says, the strategy step it is in.
 *
 * @param format  the message format, {@link ProofMsg#FORMAT}
 * @param jobId   the job
 * @param agent   the prover agent running it
 * @param elapsed how long it has run
 * @param note    what the backend is doing, or empty
 */
public record ProofProgress(int format, String jobId, String agent, Duration elapsed, String note)
        implements ProofMsg {

    /** Progress in the current format. */
    public static ProofProgress of(String jobId, String agent, Duration elapsed, String note) {
        return new ProofProgress(FORMAT, jobId, agent, elapsed, note == null ? "" : note);
    }
}
