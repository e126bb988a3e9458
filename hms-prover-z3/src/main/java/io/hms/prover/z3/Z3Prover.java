package io.hms.prover.z3;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.Model;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Statistics;
import com.microsoft.z3.Status;
import com.microsoft.z3.Version;
import com.microsoft.z3.Z3Exception;
import io.hms.prover.spi.Evidence;
import io.hms.prover.spi.ProofJob;
import io.hms.prover.spi.ProofMsg;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Prover;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proves SMT-LIB statements with Z3 in this process. A job's statement holds declarations and assertions
 * (the negation of the theorem); the prover checks them: unsatisfiable is {@link Verdict#PROVED} (with the
 * minimised unsat core when Z3's default solver ran: the assertions it needed, by position, {@code assert-1}
 * first),
 * satisfiable is {@link Verdict#REFUTED} (with the counter-model), and Z3 giving up is
 * {@link Verdict#TIMED_OUT} when it ran out of time or resources, else {@link Verdict#UNKNOWN} with its reason.
 * A strategy whose pipeline gives up before its budget (a tactic that does not apply to the goal) falls back on
 * Z3's default solver for the rest of the budget, and the result says so: a strategy is a way to go faster,
 * never a reason to prove less.
 * Z3's {@code rlimit count} is reported as the resource count: for an explicit tactic strategy it is the same
 * on every run, so it serves as a deterministic cost. Each job has a Z3 context of its own, so neither its
 * result nor its count depends on the jobs the prover ran before it.
 *
 * <p>Z3 may ignore its timeout on a hard instance: run this prover where a hung solver can be killed, as the
 * supervisor does with a worker process.
 */
public final class Z3Prover implements Prover {

    /** A prover; each job makes a Z3 context of its own. */
    public Z3Prover() {
    }

    /** The version of the Z3 library loaded, e.g. {@code 4.14.1}; loads it. */
    static String nativeVersion() {
        return Version.getMajor() + "." + Version.getMinor() + "." + Version.getBuild();
    }

    @Override
    public String backend() {
        return Z3ProverProvider.BACKEND;
    }

    @Override
    public String version() {
        return nativeVersion();
    }

    @Override
    public String render(Strategy strategy) {
        return Z3Tactics.render(strategy, Duration.ofSeconds(1)) + (strategy.isDefault() ? "" : " ; per second of budget");
    }

    @Override
    public ProofResult prove(ProofJob job) {
        long start = System.nanoTime();
        // a context per job (about 2 ms to make): what Z3 made for earlier jobs never steers this one
        try (Context ctx = new Context(Map.of("model", "true"))) {
            BoolExpr[] assertions;
            try {
                assertions = ctx.parseSMTLIB2String(job.statement(), null, null, null, null);
            } catch (Z3Exception e) {
                return result(job, start, Verdict.CRASHED, 0, Evidence.none(), "the statement is not SMT-LIB Z3 reads: "
                        + e.getMessage());
            }
            Settled settled;
            try {
                settled = settle(ctx, assertions, job.strategy(), job.budget().wallTime(),
                        job.budget().resourceLimit());
            } catch (IllegalArgumentException e) {
                return result(job, start, Verdict.CRASHED, 0, Evidence.none(), e.getMessage());
            }
            return ended(job, start, settled.attempt, settled.rlimit, settled.note);
        } catch (Z3Exception | IllegalStateException e) {
            return result(job, start, Verdict.CRASHED, 0, Evidence.none(), "Z3 failed: " + e.getMessage());
        }
    }

    /** The last check's attempt, the resources of every check made, and what happened before the last. */
    private record Settled(Attempt attempt, long rlimit, String note) {
    }

    /**
     * Checks with {@code strategy} within {@code wallTime} and {@code resourceLimit} (0: none): its steps within
     * their share, then what is left to the strategy it hands over to, and when a pipeline gives up before its
     * budget (a tactic that does not apply), Z3's default with the rest.
     */
    private static Settled settle(Context ctx, BoolExpr[] assertions, Strategy strategy, Duration wallTime,
                                  long resourceLimit) {
        long start = System.nanoTime();
        if (strategy.isDefault()) {
            Attempt attempt = check(ctx, ctx.mkSolver(), true, assertions, wallTime, resourceLimit);
            return new Settled(attempt, attempt.rlimit, "");
        }
        double share = strategy.otherwise() == null ? 1.0 : strategy.share();
        Solver solver = ctx.mkSolver(Z3Tactics.tactic(ctx, strategy, wallTime));
        Attempt attempt = check(ctx, solver, false, assertions, scaled(wallTime, share),
                resourceLimit == 0 ? 0 : Math.max(1, Math.round(resourceLimit * share)));
        if (attempt.status != Status.UNKNOWN) {
            return new Settled(attempt, attempt.rlimit, "");
        }
        Duration left = wallTime.minusNanos(System.nanoTime() - start);
        long resourcesLeft = resourceLimit == 0 ? 0 : Math.max(1, resourceLimit - attempt.rlimit);
        if (left.toMillis() <= 0 || (resourceLimit > 0 && attempt.rlimit >= resourceLimit)) {
            return new Settled(attempt, attempt.rlimit, "");
        }
        if (strategy.otherwise() != null) {
            Settled next = settle(ctx, assertions, strategy.otherwise(), left, resourcesLeft);
            return new Settled(next.attempt, attempt.rlimit + next.rlimit, "'" + strategy.name() + "' handed over to '"
                    + strategy.otherwise().name() + "' (" + attempt.reason + ")" + (next.note.isEmpty() ? ""
                    : "; " + next.note));
        }
        if (!outOfBudget(attempt.reason)) {
            Attempt fallback = check(ctx, ctx.mkSolver(), true, assertions, left, resourcesLeft);
            return new Settled(fallback, attempt.rlimit + fallback.rlimit,
                    "the strategy gave up (" + attempt.reason + "); Z3's default went on");
        }
        return new Settled(attempt, attempt.rlimit, "");
    }

    private static Duration scaled(Duration wallTime, double share) {
        return Duration.ofNanos(Math.max(1_000_000, Math.round(wallTime.toNanos() * share)));
    }

    /** One solver's check: its status, resource count, reason when unknown, and its labels and solver. */
    private record Attempt(Status status, long rlimit, String reason, Solver solver, List<BoolExpr> labels) {
    }

    private static Attempt check(Context ctx, Solver solver, boolean defaultSolver, BoolExpr[] assertions,
                                 Duration wallTime, long resourceLimit) {
        Params params = ctx.mkParams();
        params.add("timeout", (int) Math.min(Integer.MAX_VALUE, Math.max(1, wallTime.toMillis())));
        if (resourceLimit > 0) {
            params.add("rlimit", (int) Math.min(Integer.MAX_VALUE, resourceLimit));
        }
        if (defaultSolver) {
            params.add("core.minimize", true);
        }
        solver.setParameters(params);
        List<BoolExpr> labels = new ArrayList<>(assertions.length);
        for (int i = 0; i < assertions.length; i++) {
            BoolExpr label = ctx.mkBoolConst("assert-" + (i + 1));
            labels.add(label);
            solver.assertAndTrack(assertions[i], label);
        }
        long before = rlimit(solver.getStatistics()); // the context's count so far: it counts on across checks
        Status status = solver.check();
        return new Attempt(status, rlimit(solver.getStatistics()) - before, status == Status.UNKNOWN ? solver.getReasonUnknown()
                : "", solver, labels);
    }

    private ProofResult ended(ProofJob job, long start, Attempt attempt, long rlimit, String note) {
        return switch (attempt.status) {
            case UNSATISFIABLE -> result(job, start, Verdict.PROVED, rlimit, core(attempt.solver), note);
            case SATISFIABLE -> result(job, start, Verdict.REFUTED, rlimit,
                    Evidence.counterModel(model(attempt.solver.getModel(), attempt.labels)), note);
            case UNKNOWN -> {
                boolean overResources = job.budget().resourceLimit() > 0 && rlimit >= job.budget().resourceLimit();
                yield result(job, start, outOfBudget(attempt.reason) || overResources ? Verdict.TIMED_OUT
                        : Verdict.UNKNOWN, rlimit, Evidence.none(), note.isEmpty() ? attempt.reason
                        : note + "; then: " + attempt.reason);
            }
        };
    }

    private static boolean outOfBudget(String reason) {
        return reason.contains("timeout") || reason.contains("canceled") || reason.contains("resource limit")
                || reason.contains("rlimit");
    }

    /** Nothing to drop: each job's context is closed when the job ends. */
    @Override
    public void reset() {
    }

    /** Nothing to free between jobs: each job's context is closed when the job ends. */
    @Override
    public void close() {
    }

    private static Evidence core(Solver solver) {
        List<String> core = new ArrayList<>();
        for (BoolExpr label : solver.getUnsatCore()) {
            core.add(label.toString());
        }
        core.sort(null);
        return new Evidence(core, "", Map.of());
    }

    private static Map<String, String> model(Model model, List<BoolExpr> labels) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> labelNames = labels.stream().map(Expr::toString).toList();
        for (FuncDecl<?> constant : model.getConstDecls()) {
            String name = constant.getName().toString();
            if (!labelNames.contains(name)) {
                values.put(name, model.getConstInterp(constant).toString());
            }
        }
        return values;
    }

    private static long rlimit(Statistics statistics) {
        Statistics.Entry entry = statistics.get("rlimit count");
        return entry == null ? 0 : entry.getUIntValue();
    }

    private ProofResult result(ProofJob job, long start, Verdict verdict, long rlimit, Evidence evidence, String detail) {
        return new ProofResult(ProofMsg.FORMAT, job.jobId(), job.theoremId(), verdict,
                Duration.ofNanos(System.nanoTime() - start), rlimit, backend(), version(), job.strategy(), evidence,
                detail);
    }
}
