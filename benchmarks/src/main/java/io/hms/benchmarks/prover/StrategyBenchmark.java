package io.hms.benchmarks.prover;

import io.hms.prover.corpus.Corpus;
import io.hms.prover.corpus.Tier;
import io.hms.prover.corpus.WelfareGenerator;
import io.hms.prover.evolve.StrategyEvolution;
import io.hms.prover.spi.Budget;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Theorem;
import io.hms.prover.store.JdbcTheoremStore;
import io.hms.prover.supervisor.ProofOutcome;
import io.hms.prover.supervisor.ProverSupervisor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evolved strategies against Z3's default on a held-out split of the corpus, with the same wall-time budget per
 * theorem: how many each solves within it and its PAR-2 (an unsolved theorem, or one settled only after the
 * budget, costs twice the budget).
 *
 * <p>The split: within each family, theorems sorted by id, the even-numbered ones train and the odd-numbered
 * ones are held out. A strategy is evolved per family on its training theorems (fitness on Z3's deterministic
 * resource count, {@code --rlimit} per attempt), then both it and the default prove the held-out theorems,
 * interleaved, on the supervisor's worker processes.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.hms.benchmarks.prover.StrategyBenchmark \
 *     [--budget 20s] [--rlimit 3000000] [--population 8] [--generations 3] [--seed 1] [--agents 2]
 *     [--families consumer,matching]
 * </pre>
 */
public final class StrategyBenchmark {
    private StrategyBenchmark() {
    }

    /** Runs the benchmark and prints its table. */
    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        Duration budget = io.hms.api.Durations.parse(opts.getOrDefault("budget", "20s"));
        long rlimit = Long.parseLong(opts.getOrDefault("rlimit", "3000000"));
        int population = Integer.parseInt(opts.getOrDefault("population", "8"));
        int generations = Integer.parseInt(opts.getOrDefault("generations", "3"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "1"));
        int agents = Integer.parseInt(opts.getOrDefault("agents", "2"));
        Duration trainWall = Duration.ofSeconds(10);
        List<String> only = opts.containsKey("families") ? List.of(opts.get("families").split(",")) : List.of();

        Corpus corpus = Corpus.builtIn().with(Tier.FULL, WelfareGenerator.standard());
        for (String family : only) {
            if (!corpus.families().contains(family)) {
                throw new IllegalArgumentException("--families: no family '" + family + "'; the corpus has "
                        + corpus.families());
            }
        }
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "hms-strategy-benchmark-" + ProcessHandle.current().pid());
        try (JdbcTheoremStore store = JdbcTheoremStore.h2(file);
             ProverSupervisor provers = ProverSupervisor.builder().store(store).agents(agents)
                     .budget(Budget.of(budget)).maxBudget(budget.plus(trainWall)).build().start()) {
            List<Theorem> heldOut = new ArrayList<>();
            Map<String, Strategy> evolved = new LinkedHashMap<>();
            long start = System.nanoTime();
            for (String family : corpus.families()) {
                if (!only.isEmpty() && !only.contains(family)) {
                    continue;
                }
                List<Theorem> members = corpus.family(family);
                List<Theorem> training = new ArrayList<>();
                for (int i = 0; i < members.size(); i++) {
                    (i % 2 == 0 ? training : heldOut).add(members.get(i));
                }
                StrategyEvolution.Result result = new StrategyEvolution(population, generations, rlimit, seed)
                        .evolve(family, training, (s, ts) -> prove(provers, ts, s, new Budget(trainWall, rlimit)));
                evolved.put(family, result.best());
                store.bestStrategy(family, result.best(), result.score().fitness());
                System.out.printf("%-20s trained on %2d: solved %d, %d strategies tried, best %s%n", family,
                        training.size(), result.score().solved(), result.tried().size(), result.best().describe());
            }
            System.out.printf("evolution took %d s%n", Duration.ofNanos(System.nanoTime() - start).toSeconds());

            Totals byDefault = new Totals();
            Totals byEvolved = new Totals();
            System.out.printf("%n%-46s %-14s %10s %10s%n", "held-out theorem", "family", "default", "evolved");
            for (Theorem t : heldOut) {
                ProofResult d = prove(provers, List.of(t), Strategy.backendDefault(), Budget.of(budget)).getFirst();
                ProofResult e = prove(provers, List.of(t), evolved.get(t.family()), Budget.of(budget)).getFirst();
                byDefault.add(t, d, budget);
                byEvolved.add(t, e, budget);
                System.out.printf("%-46s %-14s %10s %10s%n", t.id(), t.family(), cell(t, d, budget), cell(t, e, budget));
            }
            System.out.printf("%nheld-out: %d theorems, budget %s each%n", heldOut.size(), budget);
            System.out.printf("default: solved %d, PAR-2 %.1f s%n", byDefault.solved, byDefault.par2);
            System.out.printf("evolved: solved %d, PAR-2 %.1f s (%.2f× the default's)%n", byEvolved.solved,
                    byEvolved.par2, byEvolved.par2 / byDefault.par2);
        }
    }

    private static List<ProofResult> prove(ProverSupervisor provers, List<Theorem> theorems, Strategy strategy,
                                           Budget budget) {
        return provers.proveAll(theorems, strategy, budget).stream().map(ProofOutcome::primary).toList();
    }

    /** Settled as expected within the budget: a proof that comes later counts as unsolved, on either side. */
    private static boolean solved(Theorem t, ProofResult r, Duration budget) {
        return r.verdict() == t.expected() && r.time().compareTo(budget) <= 0;
    }

    private static String cell(Theorem t, ProofResult r, Duration budget) {
        String time = String.format("%.2f s", r.time().toNanos() / 1e9);
        return r.verdict() != t.expected() ? r.verdict().name() : solved(t, r, budget) ? time : "late " + time;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        return opts;
    }

    /** Solved and PAR-2 seconds. */
    private static final class Totals {
        int solved;
        double par2;

        void add(Theorem t, ProofResult r, Duration budget) {
            boolean ok = solved(t, r, budget);
            solved += ok ? 1 : 0;
            par2 += ok ? r.time().toNanos() / 1e9 : 2 * budget.toNanos() / 1e9;
        }
    }
}
