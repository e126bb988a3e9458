package io.hms.prover.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * How a proof attempt ended, with what a reader needs to trust or redo it: the verdict, the time and the
 * backend's deterministic resource count, the backend and its version, the strategy, and the evidence.
 *
 * @param format         the message format, {@link ProofMsg#FORMAT}
 * @param jobId          the job
 * @param theoremId      the theorem
 * @param verdict        how it ended
 * @param time           the wall time it took
 * @param resourceCount  the backend's resource count spent (Z3's {@code rlimit}), 0 when it has none
 * @param backend        the backend, e.g. {@code z3}
 * @param backendVersion its version, e.g. {@code 4.14.1}
 * @param strategy       the strategy used
 * @param evidence       the unsat core or proof of a proof, the counter-model of a refutation
 * @param detail         one line for a person: the backend's reason for UNKNOWN, the failure of a crash
 */
public record ProofResult(int format, String jobId, String theoremId, Verdict verdict, Duration time,
                          long resourceCount, String backend, String backendVersion, Strategy strategy,
                          Evidence evidence, String detail) implements ProofMsg {

    /** Checks the verdict and fills what may be left out. */
    public ProofResult {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(theoremId, "theoremId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(time, "time");
        evidence = evidence == null ? Evidence.none() : evidence;
        detail = detail == null ? "" : detail;
    }

    /** Whether the attempt settled the statement either way. */
    public boolean settled() {
        return verdict == Verdict.PROVED || verdict == Verdict.REFUTED;
    }
}
