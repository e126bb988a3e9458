package io.hms.prover.supervisor;

import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Theorem;
import io.hms.prover.spi.Verdict;
import java.util.List;

/**
 * What the supervisor concluded about a theorem: every backend's result and the verdict they make together. A
 * theorem is proved (or refuted) when a backend proves (refutes) it; when one proves and another refutes, the
 * backends disagree, an alarm, and the verdict is {@link Verdict#UNKNOWN}.
 *
 * @param theorem      the theorem
 * @param verdict      the verdict of the backends together
 * @param results      each backend's result, the primary first
 * @param disagreement whether two backends settled it opposite ways
 */
public record ProofOutcome(Theorem theorem, Verdict verdict, List<ProofResult> results, boolean disagreement) {
    /** Copies the results. */
    public ProofOutcome {
        results = List.copyOf(results);
    }

    /** The outcome of {@code results} on {@code theorem}. */
    static ProofOutcome of(Theorem theorem, List<ProofResult> results) {
        boolean proved = results.stream().anyMatch(r -> r.verdict() == Verdict.PROVED);
        boolean refuted = results.stream().anyMatch(r -> r.verdict() == Verdict.REFUTED);
        Verdict verdict = proved && refuted ? Verdict.UNKNOWN : proved ? Verdict.PROVED : refuted ? Verdict.REFUTED
                : results.getFirst().verdict();
        return new ProofOutcome(theorem, verdict, results, proved && refuted);
    }

    /** The primary backend's result. */
    public ProofResult primary() {
        return results.getFirst();
    }

    /** Whether the verdict is the one the theorem expects. */
    public boolean asExpected() {
        return verdict == theorem.expected();
    }
}
