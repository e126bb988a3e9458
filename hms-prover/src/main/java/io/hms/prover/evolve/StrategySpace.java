package io.hms.prover.evolve;

import io.hms.prover.spi.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The strategies the evolution searches, for Z3: up to three transforming steps from {@link #TRANSFORMS}, then a
 * deciding one from {@link #DECIDERS}, the transforms sharing a slice of the budget and the decider taking
 * the rest, in the manner of FastSMT and Z3alpha. A strategy is coded as seven integers, each in its own range
 * ({@link #ranges()}): the number of transforms, the three transforms, the decider, the slice of the budget
 * the transforms share (in percent), and the random seed of the decider.
 */
public final class StrategySpace {
    /** Steps that transform the goal (and may be skipped when they fail or run out). */
    public static final List<Strategy.Step> TRANSFORMS = List.of(
            step("simplify", Map.of()),
            step("simplify", Map.of("som", "true", "pull_cheap_ite", "true")),
            step("propagate-values", Map.of()),
            step("solve-eqs", Map.of()),
            step("elim-uncnstr", Map.of()),
            step("ctx-simplify", Map.of()),
            step("purify-arith", Map.of()),
            step("lia2card", Map.of()),
            step("max-bv-sharing", Map.of()),
            step("nla2bv", Map.of()));
    /** Steps that decide the goal. */
    public static final List<Strategy.Step> DECIDERS = List.of(
            step("smt", Map.of()),
            step("smt", Map.of("arith.solver", "2")),
            step("smt", Map.of("arith.solver", "6", "arith.nl", "true")),
            step("smt", Map.of("case_split", "5")), // relevancy-driven case splits (Z3 needs relevancy on for them)
            step("qfnra-nlsat", Map.of()),
            step("qfnia", Map.of()),
            step("qflia", Map.of()),
            step("qfnra", Map.of()));
    /** The position of the decider in a code. */
    public static final int DECIDER_GENE = 4;
    private static final int[] PERCENT = {5, 10, 20, 30, 40};
    private static final int SEEDS = 4;
    private static final String SEED = "random_seed";

    private StrategySpace() {
    }

    /** The size of each integer's range: each integer {@code i} is in {@code [0, ranges()[i])}. */
    public static int[] ranges() {
        return new int[] {4, TRANSFORMS.size(), TRANSFORMS.size(), TRANSFORMS.size(), DECIDERS.size(), PERCENT.length,
            SEEDS};
    }

    /** The strategy the integers code, named {@code name}. */
    public static Strategy decode(String name, int[] code) {
        int transforms = code[0];
        List<Strategy.Step> steps = new ArrayList<>();
        double slice = transforms == 0 ? 0 : PERCENT[code[5]] / 100.0;
        for (int i = 0; i < transforms; i++) {
            Strategy.Step t = TRANSFORMS.get(code[1 + i]);
            steps.add(new Strategy.Step(t.tactic(), t.params(), slice / transforms));
        }
        Strategy.Step decider = DECIDERS.get(code[4]);
        Map<String, String> params = new java.util.TreeMap<>(decider.params());
        if (code[6] > 0 && decider.tactic().equals("smt")) {
            params.put(SEED, Integer.toString(code[6]));
        }
        steps.add(new Strategy.Step(decider.tactic(), params, 1.0 - slice));
        return new Strategy(name, steps);
    }

    /** A random code. */
    public static int[] random(RandomGenerator random) {
        int[] ranges = ranges();
        int[] code = new int[ranges.length];
        for (int i = 0; i < code.length; i++) {
            code[i] = random.nextInt(ranges[i]);
        }
        return code;
    }

    /**
     * {@code strategy} with one integer of a random code changed: the healer's "replace with a mutated strategy".
     * A strategy that hands over keeps its share and the strategy it hands over to.
     */
    public static Strategy mutate(Strategy strategy, RandomGenerator random) {
        int[] code = random(random);
        if (!strategy.isDefault()) {
            code = near(strategy, random);
        }
        Strategy mutated = decode(strategy.name().replaceAll("-m\\d+$", "") + "-m" + random.nextInt(1000), code);
        return strategy.otherwise() == null ? mutated : mutated.then(strategy.share(), strategy.otherwise());
    }

    private static int[] near(Strategy strategy, RandomGenerator random) {
        int[] code = new int[ranges().length];
        List<Strategy.Step> steps = strategy.steps();
        code[0] = Math.min(3, steps.size() - 1);
        for (int i = 0; i < code[0]; i++) {
            code[1 + i] = Math.max(0, TRANSFORMS.indexOf(new Strategy.Step(steps.get(i).tactic(), steps.get(i).params(),
                    1.0)));
        }
        String seed = steps.getLast().params().get(SEED);
        code[4] = Math.max(0, DECIDERS.indexOf(decider(strategy)));
        code[6] = seed == null ? 0 : Math.min(SEEDS - 1, Integer.parseInt(seed));
        int gene = random.nextInt(code.length);
        code[gene] = (code[gene] + 1 + random.nextInt(ranges()[gene] - 1)) % ranges()[gene];
        return code;
    }

    /**
     * {@code strategy}'s deciding step as one of {@link #DECIDERS} reads: its random seed left out, its share 1.
     * Two strategies with equal deciders decide alike, whatever their transforms and seeds.
     */
    public static Strategy.Step decider(Strategy strategy) {
        Strategy.Step last = strategy.steps().getLast();
        Map<String, String> params = new java.util.TreeMap<>(last.params());
        params.remove(SEED);
        return new Strategy.Step(last.tactic(), params, 1.0);
    }

    private static Strategy.Step step(String tactic, Map<String, String> params) {
        return new Strategy.Step(tactic, params, 1.0);
    }
}
