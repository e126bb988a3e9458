package io.hms.prover.command;

import io.hms.api.Durations;
import io.hms.prover.corpus.Corpus;
import io.hms.prover.corpus.Tier;
import io.hms.prover.corpus.WelfareGenerator;
import io.hms.prover.cvc5.Cvc5ProverProvider;
import io.hms.prover.evolve.StrategyEvolution;
import io.hms.prover.evolve.StrategySpace;
import io.hms.prover.spi.Budget;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Theorem;
import io.hms.prover.spi.TheoremStore;
import io.hms.prover.store.JdbcTheoremStore;
import io.hms.prover.supervisor.ProofOutcome;
import io.hms.prover.supervisor.ProverSupervisor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Proves theorems of the corpus and prints each one's record from the store.
 *
 * <pre>
 * hms-prove --theorem equilibrium-hello
 * hms-prove --family social-choice --cross-check
 * hms-prove --quick --agents 2
 * hms-prove --family matching --evolve
 * hms-prove --list
 * </pre>
 *
 * Exit code 0 when every theorem got its expected verdict, 1 when one did not, 2 for a usage error.
 */
@Command(name = "hms-prove", mixinStandardHelpOptions = true, version = "hms-prove 0.1.0",
        description = "Proves economics theorems with a supervised swarm of prover agents and prints the store's record.")
public final class ProveCommand implements Callable<Integer> {
    @Option(names = {"-t", "--theorem"}, paramLabel = "ID", description = "a theorem to prove (repeatable)")
    List<String> theorems = new ArrayList<>();

    @Option(names = {"-f", "--family"}, paramLabel = "FAMILY", description = "every theorem of a family (repeatable)")
    List<String> families = new ArrayList<>();

    @Option(names = "--quick", description = "every quick theorem (what each build re-proves)")
    boolean quick;

    @Option(names = "--all", description = "the whole corpus, the generated instances included")
    boolean all;

    @Option(names = "--corpus", paramLabel = "DIR", description = "theorems of your own: DIR/<family>/<id>.smt2")
    Path corpusDir;

    @Option(names = "--store", paramLabel = "FILE|URL", defaultValue = "hms-theorems",
            description = "the H2 file, or a JDBC URL (jdbc:postgresql://...); default: ${DEFAULT-VALUE}")
    String store;

    @Option(names = "--store-user", defaultValue = "sa", description = "the database user of a JDBC URL")
    String storeUser;

    @Option(names = "--store-password", defaultValue = "", description = "its password")
    String storePassword;

    @Option(names = "--agents", defaultValue = "2", description = "prover agents, each a process; default: ${DEFAULT-VALUE}")
    int agents;

    @Option(names = "--budget", defaultValue = "10s", description = "wall time per theorem, e.g. 10s, 2m; default: "
            + "${DEFAULT-VALUE}")
    String budget;

    @Option(names = "--cross-check", description = "prove with cvc5 too (when installed); a disagreement is an alarm")
    boolean crossCheck;

    @Option(names = "--list", description = "list the corpus and stop")
    boolean list;

    @Option(names = "--evolve", description = "first evolve a strategy per family on the chosen theorems and keep the "
            + "best in the store, where the agents take it from")
    boolean evolve;

    @Option(names = "--generations", defaultValue = "3", description = "generations of --evolve; default: ${DEFAULT-VALUE}")
    int generations;

    @Option(names = "--rlimit", defaultValue = "2000000", description = "Z3's resource count per attempt while "
            + "evolving (the deterministic cost); default: ${DEFAULT-VALUE}")
    long rlimit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command; exits with its code. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ProveCommand()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Corpus corpus = corpus();
        if (list) {
            for (Theorem t : corpus.theorems()) {
                out.printf("%-48s %-20s %-8s %s%n", t.id(), t.family(), t.expected().name().toLowerCase(Locale.ROOT),
                        corpus.tier(t.id()).name().toLowerCase(Locale.ROOT));
            }
            out.printf("%d theorems in %d families%n", corpus.size(), corpus.families().size());
            return 0;
        }
        List<Theorem> chosen = choose(corpus);
        Duration wallTime = Durations.parse(budget);
        ProverSupervisor.Builder builder = ProverSupervisor.builder().agents(agents).budget(Budget.of(wallTime))
                .maxBudget(wallTime.compareTo(Duration.ofSeconds(60)) > 0 ? wallTime : Duration.ofSeconds(60));
        Cvc5ProverProvider cvc5 = new Cvc5ProverProvider();
        if (crossCheck) {
            cvc5.unavailable().ifPresentOrElse(why -> spec.commandLine().getErr().println("no cross-check: " + why),
                    () -> builder.crossCheck(cvc5));
        }
        int unexpected = 0;
        try (TheoremStore theorems = openStore();
             ProverSupervisor provers = builder.store(theorems).build().start()) {
            if (evolve) {
                evolve(out, provers, theorems, chosen, wallTime);
            }
            List<ProofOutcome> outcomes = provers.proveAll(chosen);
            for (ProofOutcome outcome : outcomes) {
                print(out, outcome, theorems);
                unexpected += outcome.asExpected() ? 0 : 1;
            }
            out.printf("%d of %d as expected%s%n", outcomes.size() - unexpected, outcomes.size(),
                    unexpected == 0 ? "" : "; " + unexpected + " not");
        }
        return unexpected == 0 ? 0 : 1;
    }

    private void evolve(PrintWriter out, ProverSupervisor provers, TheoremStore store, List<Theorem> chosen,
                        Duration wallTime) {
        Budget budget = new Budget(wallTime, rlimit);
        for (String family : chosen.stream().map(Theorem::family).distinct().sorted().toList()) {
            List<Theorem> training = chosen.stream().filter(t -> t.family().equals(family)).toList();
            StrategyEvolution.Result result = new StrategyEvolution(StrategySpace.DECIDERS.size(), generations, rlimit, 1)
                    .evolve(family, training, (strategy, theorems) -> provers.proveAll(theorems, strategy, budget)
                            .stream().map(ProofOutcome::primary).toList());
            store.bestStrategy(family, result.best(), result.score().fitness());
            out.printf("evolved for %s on %d theorems: solves %d, %d strategies tried, kept %s%n", family,
                    training.size(), result.score().solved(), result.tried().size(), result.best().describe());
        }
    }

    private Corpus corpus() {
        Corpus corpus = Corpus.builtIn().with(Tier.FULL, WelfareGenerator.standard());
        return corpusDir == null ? corpus : corpus.with(Corpus.directory(corpusDir));
    }

    private List<Theorem> choose(Corpus corpus) {
        Set<Theorem> chosen = new LinkedHashSet<>();
        for (String id : theorems) {
            chosen.add(corpus.theorem(id).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "no theorem '" + id + "' in the corpus; list them with --list")));
        }
        for (String family : families) {
            List<Theorem> of = corpus.family(family);
            if (of.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no family '" + family + "'; the families "
                        + "are " + corpus.families());
            }
            chosen.addAll(of);
        }
        chosen.addAll(all ? corpus.theorems() : quick ? corpus.tier(Tier.QUICK) : List.of());
        if (chosen.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "nothing to prove: name --theorem, --family, "
                    + "--quick or --all (or --list)");
        }
        return List.copyOf(chosen);
    }

    private TheoremStore openStore() {
        return store.startsWith("jdbc:") ? JdbcTheoremStore.open(store, storeUser, storePassword)
                : JdbcTheoremStore.h2(Path.of(store));
    }

    private static void print(PrintWriter out, ProofOutcome outcome, TheoremStore store) {
        Theorem t = outcome.theorem();
        out.printf("%s v%d  [%s]  %s%s%n", t.id(), t.version(), t.family(), outcome.verdict(),
                outcome.asExpected() ? "" : "  (expected " + t.expected() + ")");
        out.printf("  statement  %s%n  source     %s%n", t.statement(), t.source());
        List<ProofResult> attempts = store.attempts(t.id());
        out.printf("  attempts   %d in the store%n", attempts.size());
        for (ProofResult r : outcome.results()) {
            out.printf("  %-5s %-6s %s  %s %d ms, resource count %d, strategy %s%n", r.backend(), r.backendVersion(),
                    r.verdict(), r.jobId(), r.time().toMillis(), r.resourceCount(), r.strategy().name());
            if (!r.evidence().unsatCore().isEmpty()) {
                out.printf("        unsat core %s%n", r.evidence().unsatCore());
            }
            if (!r.evidence().model().isEmpty()) {
                out.printf("        counter-model %s%n", r.evidence().model());
            }
            if (!r.detail().isEmpty()) {
                out.printf("        %s%n", r.detail());
            }
        }
        if (outcome.disagreement()) {
            out.println("  ALARM: the backends disagree");
        }
    }
}
