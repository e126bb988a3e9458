package io.hms.prover.spi;

import java.util.Objects;

/**
 * A theorem to prove: its statement in the backend's language (SMT-LIB for the solvers), the strategy to
 * use and the budget.
 *
 * <pre>{@code
 * ProofJob job = ProofJob.of("job-1", "walras-law-2x2", smtlib, Strategy.backendDefault(),
 *         Budget.of(Duration.ofSeconds(10)));
 * }</pre>
 *
 * @param format    the message format, {@link ProofMsg#FORMAT}
 * @param jobId     this job's id, unique
 * @param theoremId the theorem's id in the store
 * @param statement the statement to prove, in the backend's language: asserting its negation must be
 *                  unsatisfiable
 * @param strategy  how to prove it
 * @param budget    what the attempt may spend
 */
public record ProofJob(int format, String jobId, String theoremId, String statement, Strategy strategy,
                       Budget budget) implements ProofMsg {

    /** Checks that every part is there. */
    public ProofJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(theoremId, "theoremId");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(budget, "budget");
    }

    /** A job in the current format. */
    public static ProofJob of(String jobId, String theoremId, String statement, Strategy strategy, Budget budget) {
        return new ProofJob(FORMAT, jobId, theoremId, statement, strategy, budget);
    }
}
