package io.hms.ga.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.ga.search.internal.GuardParameters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Islands that trade their best: deterministic, in lockstep on one thread. */
class IslandMigrationTest {

    private static final PolicySpace SPACE = PolicySpace.empty()
            .with(Parameter.RETRY_MAX_ATTEMPTS, 1, 10)
            .with(Parameter.FAILURE_RATE_THRESHOLD, 1.0, 100.0);
    private static final PolicyCodec CODEC = PolicyCodec.of(SPACE, ComponentPolicy.defaults());
    private static final GuardPolicy TARGET = GuardPolicy.defaults()
            .withRetry(RetryPolicy.defaults().withMaxAttempts(7))
            .withBreaker(GuardPolicy.defaults().breaker().withFailureRateThreshold(33.3f));
    /** Zero at the target, lower the farther a candidate is: a needle no island finds by chance. */
    private static final PolicyFitness NEEDLE = p -> -Math.abs(GuardParameters.read(p, Parameter.RETRY_MAX_ATTEMPTS) - 7)
            - Math.abs(GuardParameters.read(p, Parameter.FAILURE_RATE_THRESHOLD) - 33.3);

    private static PolicyOptimizer island(long seed, PolicyFitness fitness) {
        return PolicyOptimizer.builder(CODEC, fitness).populationSize(8).evaluationBudget(64)
                .localSearch(LocalSearch.none()).randomSeed(seed).build();
    }

    /** Islands that post their emigrants on one board and take the others' latest. */
    private static final class Board {
        final Map<Integer, List<GuardPolicy>> posted = new ConcurrentHashMap<>();
        final List<String> trades = new ArrayList<>();

        Migration of(int island, int interval) {
            return new Migration() {
                @Override
                public int interval() {
                    return interval;
                }

                @Override
                public int emigrants() {
                    return 2;
                }

                @Override
                public List<GuardPolicy> exchange(long generation, List<GuardPolicy> emigrants) {
                    posted.put(island, emigrants);
                    List<GuardPolicy> in = new ArrayList<>();
                    posted.forEach((other, sent) -> {
                        if (other != island) {
                            in.addAll(sent);
                        }
                    });
                    trades.add(island + "@" + generation + ": sent " + emigrants.size() + ", took " + in.size());
                    return in;
                }
            };
        }
    }

    /** Runs the islands generation by generation, in turn; answers each island's results. */
    private static List<List<GenerationResult>> lockstep(List<Iterator<GenerationResult>> islands) {
        List<List<GenerationResult>> results = new ArrayList<>();
        islands.forEach(i -> results.add(new ArrayList<>()));
        boolean any = true;
        while (any) {
            any = false;
            for (int i = 0; i < islands.size(); i++) {
                if (islands.get(i).hasNext()) {
                    results.get(i).add(islands.get(i).next());
                    any = true;
                }
            }
        }
        return results;
    }

    @Test
    void anIslandTakesInWhatAnotherFoundAndPaysForItFromItsOwnBudget() {
        Board board = new Board();
        AtomicLong evaluationsOfA = new AtomicLong();
        PolicyFitness countedNeedle = p -> {
            evaluationsOfA.incrementAndGet();
            return NEEDLE.score(p);
        };

        List<List<GenerationResult>> runs = lockstep(List.of(
                island(1, countedNeedle).stream(GuardPolicy.defaults(), List.of(), board.of(0, 1)).iterator(),
                island(2, NEEDLE).stream(GuardPolicy.defaults(), List.of(TARGET), board.of(1, 1)).iterator()));
        List<GenerationResult> alone = island(1, NEEDLE).stream(GuardPolicy.defaults()).toList();

        assertThat(runs.get(1).getFirst().bestFitness()).as("island 1 started at the needle").isCloseTo(0, within(1e-5));
        assertThat(runs.get(0).getLast().bestFitness()).as("island 0, with migrants").isCloseTo(0, within(1e-5));
        assertThat(alone.getLast().bestFitness()).as("island 0 alone").isLessThan(-1e-3);
        assertThat(evaluationsOfA.get()).isEqualTo(runs.get(0).getLast().evaluations()).isLessThanOrEqualTo(64);
        assertThat(board.trades).contains("0@1: sent 2, took 0", "1@1: sent 2, took 2");
    }

    @Test
    void anIslandThatHearsNothingEvolvesExactlyAsARunOnItsOwnAndTheSameSeedsRepeatIt() {
        Migration deaf = new Migration() {
            @Override
            public int interval() {
                return 1;
            }

            @Override
            public int emigrants() {
                return 3;
            }

            @Override
            public List<GuardPolicy> exchange(long generation, List<GuardPolicy> emigrants) {
                return List.of();
            }
        };

        List<GenerationResult> deafRun = island(4, NEEDLE).stream(GuardPolicy.defaults(), List.of(), deaf).toList();
        List<GenerationResult> alone = island(4, NEEDLE).stream(GuardPolicy.defaults()).toList();
        Board first = new Board();
        Board second = new Board();
        List<List<GenerationResult>> once = lockstep(List.of(
                island(5, NEEDLE).stream(GuardPolicy.defaults(), List.of(), first.of(0, 2)).iterator(),
                island(6, NEEDLE).stream(GuardPolicy.defaults(), List.of(), first.of(1, 2)).iterator()));
        List<List<GenerationResult>> again = lockstep(List.of(
                island(5, NEEDLE).stream(GuardPolicy.defaults(), List.of(), second.of(0, 2)).iterator(),
                island(6, NEEDLE).stream(GuardPolicy.defaults(), List.of(), second.of(1, 2)).iterator()));

        assertThat(deafRun).isEqualTo(alone);
        assertThat(again).isEqualTo(once);
        assertThat(first.trades).isEqualTo(second.trades).allSatisfy(t -> assertThat(t).matches("[01]@[0-9]*[02468]: .*"));
    }
}
