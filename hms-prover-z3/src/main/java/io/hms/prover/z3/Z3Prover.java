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
 * on every run, so it serves as a deterministic cost.
 *
 * <p>Z3 may ignore its timeout on a hard instance: run this prover where a hung solver can be killed, as the
 * supervisor does with a worker process.
 */
public final class Z3Prover implements Prover {
    private Context context;

    /** A prover; its Z3 context is made at the first job. */
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
        try {
            Context ctx = context();
            BoolExpr[] assertions;
            try {
                assertions = ctx.parseSMTLIB2String(job.statement(), null, null, null, null);
            } catch (Z3Exception e) {
                return result(job, start, Verdict.CRASHED, 0, Evidence.none(), "the statement is not SMT-LIB Z3 reads: "
                        + e.getMessage());
            }
            Solver solver;
            try {
                solver = job.strategy().isDefault() ? ctx.mkSolver()
                        : ctx.mkSolver(Z3Tactics.tactic(ctx, job.strategy(), job.budget().wallTime()));
            } catch (IllegalArgumentException e) {
                return result(job, start, Verdict.CRASHED, 0, Evidence.none(), e.getMessage());
            }
            Attempt attempt = check(ctx, solver, job.strategy().isDefault(), assertions, job.budget().wallTime(),
                    job.budget().resourceLimit());
            Duration left = job.budget().wallTime().minusNanos(System.nanoTime() - start);
            long resourcesLeft = job.budget().resourceLimit() == 0 ? 0
                    : Math.max(1, job.budget().resourceLimit() - attempt.rlimit);
            if (attempt.status == Status.UNKNOWN && !outOfBudget(attempt.reason) && !job.strategy().isDefault()
                    && left.toMillis() > 0) {
                // the pipeline gave up (a tactic that does not apply): Z3's default has the rest of the budget
                Attempt fallback = check(ctx, ctx.mkSolver(), true, assertions, left, resourcesLeft);
                return ended(job, start, fallback, attempt.rlimit + fallback.rlimit,
                        "the strategy gave up (" + attempt.reason + "); Z3's default went on");
            }
            return ended(job, start, attempt, attempt.rlimit, "");
        } catch (Z3Exception | IllegalStateException e) {
            return result(job, start, Verdict.CRASHED, 0, Evidence.none(), "Z3 failed: " + e.getMessage());
        }
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
        Status status = solver.check();
        return new Attempt(status, rlimit(solver.getStatistics()), status == Status.UNKNOWN ? solver.getReasonUnknown()
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

    @Override
    public void reset() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @Override
    public void close() {
        reset();
    }

    private Context context() {
        if (context == null) {
            context = new Context(Map.of("model", "true"));
        }
        return context;
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
