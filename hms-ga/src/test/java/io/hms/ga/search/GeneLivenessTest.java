package io.hms.ga.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.ParameterRange;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import io.hms.ga.search.internal.GeneScale;
import io.hms.ga.search.internal.GuardParameters;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.util.RandomRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/**
 * Every gene of the default space can change what a guard does, from a start like Resilience4j's usual
 * setup and from the house defaults; and the house defaults can be reached from that start.
 */
class GeneLivenessTest {

    /** A fixed limit of 25, three attempts 500 ms apart without growth or jitter, a 100-call breaker. */
    private static final ComponentPolicy RESILIENCE4J_LIKE = ComponentPolicy.defaults().withGuard(new GuardPolicy(
            TimeoutPolicy.of(Duration.ofSeconds(1)), ConcurrencyLimitPolicy.fixed(25),
            new BreakerPolicy(WindowType.COUNT, 100, 50f, 100f, Duration.ofSeconds(60), 100, Duration.ofSeconds(60),
                    10),
            new RetryPolicy(3, Duration.ofMillis(500), 1.0, Duration.ofMillis(500), 0.0)));

    /**
     * What a gene needs before it can matter: the limit algorithm that reads it (and for the initial
     * limit, room between the limits), or for the retry cap a wait that grows (with a constant wait the
     * cap at the initial backoff is the only wait there is).
     */
    private static final Map<Parameter, Map<Parameter, Double>> NEEDS = new EnumMap<>(Map.of(
            Parameter.LIMIT_INITIAL, Map.of(Parameter.LIMIT_ALGORITHM, (double) LimitAlgorithm.AIMD.ordinal(),
                    Parameter.LIMIT_MIN, 1.0, Parameter.LIMIT_MAX, 200.0),
            Parameter.LIMIT_BACKOFF_RATIO, Map.of(Parameter.LIMIT_ALGORITHM, (double) LimitAlgorithm.AIMD.ordinal()),
            Parameter.LIMIT_LATENCY_THRESHOLD, Map.of(Parameter.LIMIT_ALGORITHM, (double) LimitAlgorithm.AIMD.ordinal()),
            Parameter.LIMIT_TOLERANCE, Map.of(Parameter.LIMIT_ALGORITHM, (double) LimitAlgorithm.GRADIENT.ordinal()),
            Parameter.RETRY_BACKOFF_CAP, Map.of(Parameter.RETRY_BACKOFF_MULTIPLIER, 2.0)));

    /**
     * What the guard does with a policy, leaving out fields its algorithm ignores: a FIXED limiter holds
     * its initial limit, AIMD reads the latency threshold and GRADIENT the tolerance; a retry is its
     * waits, not the cap that produced them; jitter spreads waits only when there are any.
     */
    private static List<Object> behaviour(GuardPolicy p) {
        ConcurrencyLimitPolicy l = p.limit();
        List<Object> limit = switch (l.algorithm()) {
            case FIXED -> List.of(l.algorithm(), l.initialLimit(), l.maxWait());
            case AIMD -> List.of(l.algorithm(), l.initialLimit(), l.minLimit(), l.maxLimit(), l.backoffRatio(),
                    l.latencyThreshold(), l.maxWait());
            case GRADIENT -> List.of(l.algorithm(), l.initialLimit(), l.minLimit(), l.maxLimit(), l.backoffRatio(),
                    l.tolerance(), l.maxWait());
        };
        RetryPolicy r = p.retry();
        List<Long> waits = new ArrayList<>();
        for (int attempt = 1; attempt < r.maxAttempts(); attempt++) {
            waits.add(r.baseBackoffNanos(attempt));
        }
        List<Object> retry = List.of(r.maxAttempts(), waits, waits.isEmpty() ? 0.0 : r.jitter());
        return List.of(p.timeout(), limit, p.breaker(), retry);
    }

    private static Genotype<DoubleGene> with(PolicyCodec codec, Genotype<DoubleGene> g, Parameter p, double value) {
        int index = codec.genes().indexOf(p);
        double allele = new GeneScale(codec.space().range(p).orElseThrow()).toGene(value);
        return withAllele(g, index, allele);
    }

    private static Genotype<DoubleGene> withAllele(Genotype<DoubleGene> g, int index, double allele) {
        List<DoubleChromosome> chromosomes = new ArrayList<>();
        for (int i = 0; i < g.length(); i++) {
            DoubleGene gene = g.get(i).gene();
            chromosomes.add(DoubleChromosome.of(i == index ? gene.newInstance(allele) : gene));
        }
        return Genotype.of(chromosomes);
    }

    /** Moves each gene alone across its range (after meeting its needs) and asserts the guard changes. */
    private static void assertEveryGeneIsAlive(ComponentPolicy start) {
        PolicyCodec codec = PolicyCodec.of(PolicySpace.defaults(), start);
        assertThat(codec.genes()).containsExactlyElementsOf(PolicySpace.defaults().parameters());
        for (Parameter p : codec.genes()) {
            Genotype<DoubleGene> from = codec.encode(start.guard());
            Map<Parameter, Double> needs = NEEDS.getOrDefault(p, Map.of());
            for (Map.Entry<Parameter, Double> need : needs.entrySet()) {
                from = with(codec, from, need.getKey(), need.getValue());
            }
            List<Object> before = behaviour(codec.decodeGuard(from));
            int index = codec.genes().indexOf(p);
            DoubleGene gene = from.get(index).gene();
            int changed = 0;
            for (int step = 0; step <= 64; step++) {
                double allele = Math.min(Math.nextDown(gene.max()), gene.min() + (gene.max() - gene.min()) * step / 64);
                if (!behaviour(codec.decodeGuard(withAllele(from, index, allele))).equals(before)) {
                    changed++;
                }
            }
            assertThat(changed).as("positions of %s, moved alone with %s, at which the guard acts otherwise", p, needs)
                    .isPositive();
        }
    }

    @Test
    void everyGeneChangesWhatTheGuardDoesFromAResilience4jLikeStart() {
        assertEveryGeneIsAlive(RESILIENCE4J_LIKE);
    }

    @Test
    void everyGeneChangesWhatTheGuardDoesFromTheDefaults() {
        assertEveryGeneIsAlive(ComponentPolicy.defaults());
    }

    @Test
    void underAFixedAlgorithmTheMaximumIsTheLimitInForce() {
        PolicyCodec codec = PolicyCodec.of(PolicySpace.defaults(), RESILIENCE4J_LIKE);
        Genotype<DoubleGene> start = codec.encode(RESILIENCE4J_LIKE.guard());
        for (int max : new int[] {25, 26, 300, 1_000}) {
            ConcurrencyLimitPolicy limit = codec.decodeGuard(with(codec, start, Parameter.LIMIT_MAX, max)).limit();
            assertThat(limit.algorithm()).isEqualTo(LimitAlgorithm.FIXED);
            assertThat(limit.initialLimit()).as("the fixed limit with LIMIT_MAX = " + max).isEqualTo(max);
            assertThat(limit.minLimit()).isLessThanOrEqualTo(max);
        }
        ConcurrencyLimitPolicy lowMin = codec.decodeGuard(with(codec, start, Parameter.LIMIT_MIN, 3)).limit();
        assertThat(lowMin.initialLimit()).isEqualTo(25);
        assertThat(lowMin.minLimit()).isEqualTo(3);
        Genotype<DoubleGene> lowerBoth = with(codec, with(codec, start, Parameter.LIMIT_MIN, 3), Parameter.LIMIT_MAX, 10);
        assertThat(codec.decodeGuard(lowerBoth).limit().initialLimit()).isEqualTo(10);
        ConcurrencyLimitPolicy highMin = codec.decodeGuard(with(codec, start, Parameter.LIMIT_MIN, 40)).limit();
        assertThat(highMin.initialLimit()).as("a minimum above the maximum raises it").isEqualTo(40);
    }

    @Test
    void underAnAdaptiveAlgorithmTheInitialLimitIsClampedBetweenTheLimits() {
        PolicyCodec codec = PolicyCodec.of(PolicySpace.defaults(), RESILIENCE4J_LIKE);
        Genotype<DoubleGene> aimd = with(codec, codec.encode(RESILIENCE4J_LIKE.guard()), Parameter.LIMIT_ALGORITHM,
                LimitAlgorithm.AIMD.ordinal());
        Genotype<DoubleGene> wide = with(codec, with(codec, aimd, Parameter.LIMIT_MIN, 5), Parameter.LIMIT_MAX, 200);
        assertThat(codec.decodeGuard(with(codec, wide, Parameter.LIMIT_INITIAL, 40)).limit().initialLimit())
                .isEqualTo(40);
        assertThat(codec.decodeGuard(with(codec, wide, Parameter.LIMIT_INITIAL, 900)).limit().initialLimit())
                .isEqualTo(200);
        assertThat(codec.decodeGuard(with(codec, wide, Parameter.LIMIT_INITIAL, 1)).limit().initialLimit())
                .isEqualTo(5);
    }

    @Test
    void aGrowingMultiplierLengthensTheWaitsInsteadOfMeetingTheCap() {
        PolicyCodec codec = PolicyCodec.of(PolicySpace.defaults(), RESILIENCE4J_LIKE);
        Genotype<DoubleGene> start = codec.encode(RESILIENCE4J_LIKE.guard());
        assertThat(GuardParameters.read(RESILIENCE4J_LIKE.guard(), Parameter.RETRY_BACKOFF_CAP)).isEqualTo(1.0);
        RetryPolicy tripled = codec.decodeGuard(with(codec, start, Parameter.RETRY_BACKOFF_MULTIPLIER, 3.0)).retry();
        assertThat(tripled.baseBackoffNanos(1)).isEqualTo(Duration.ofMillis(500).toNanos());
        assertThat(tripled.baseBackoffNanos(2)).isEqualTo(Duration.ofMillis(1_500).toNanos());
        assertThat(tripled.maxBackoff()).isEqualTo(Duration.ofMillis(1_500));
        RetryPolicy halved = codec.decodeGuard(with(codec, with(codec, start, Parameter.RETRY_BACKOFF_MULTIPLIER, 3.0),
                Parameter.RETRY_BACKOFF_CAP, 0.5)).retry();
        assertThat(halved.maxBackoff()).isEqualTo(Duration.ofMillis(750));
        assertThat(halved.baseBackoffNanos(2)).isEqualTo(Duration.ofMillis(750).toNanos());
        RetryPolicy belowTheInitial = codec.decodeGuard(with(codec, start, Parameter.RETRY_BACKOFF_CAP, 0.1)).retry();
        assertThat(belowTheInitial.maxBackoff()).isEqualTo(belowTheInitial.initialBackoff());
    }

    @Test
    void theDefaultsCanBeReachedFromAResilience4jLikeStart() {
        PolicyCodec codec = PolicyCodec.of(PolicySpace.defaults(), RESILIENCE4J_LIKE);
        GuardPolicy defaults = GuardPolicy.defaults();
        // the slow-call rule is the host's to state, so it is not in the default space and stays the start's
        BreakerPolicy b = defaults.breaker();
        BreakerPolicy hostsSlowCallRule = new BreakerPolicy(b.windowType(), b.windowSize(), b.failureRateThreshold(),
                RESILIENCE4J_LIKE.guard().breaker().slowCallRateThreshold(),
                RESILIENCE4J_LIKE.guard().breaker().slowCallDuration(), b.minimumCalls(), b.openDuration(),
                b.halfOpenProbes());
        GuardPolicy target = defaults.withBreaker(hostsSlowCallRule);
        assertThat(codec.decodeGuard(codec.encode(target))).isEqualTo(target);
        assertThat(codec.decodeGuard(codec.encode(target)).limit()).isEqualTo(ConcurrencyLimitPolicy.defaults());
        assertThat(codec.decodeGuard(codec.encode(target)).retry()).isEqualTo(RetryPolicy.defaults());
    }

    @Test
    void theCodecsGuaranteesHoldFromAResilience4jLikeStart() {
        PolicyCodec codec = PolicyCodec.of(PolicySpace.defaults(), RESILIENCE4J_LIKE);
        List<Genotype<DoubleGene>> genotypes = RandomRegistry.with(
                RandomGeneratorFactory.of("L64X256MixRandom").create(11L), r -> {
                    List<Genotype<DoubleGene>> list = new ArrayList<>();
                    for (int i = 0; i < 2_000; i++) {
                        list.add(codec.newGenotype());
                    }
                    return list;
                });
        for (Genotype<DoubleGene> g : genotypes) {
            GuardPolicy decoded = codec.decodeGuard(g);
            for (Parameter p : codec.space().parameters()) {
                ParameterRange range = codec.space().range(p).orElseThrow();
                double value = GuardParameters.read(decoded, p);
                assertThat(range.contains(value)).as("%s = %s in [%s, %s]", p, value, range.min(), range.max())
                        .isTrue();
            }
            Genotype<DoubleGene> again = codec.encode(decoded);
            assertThat(codec.decodeGuard(again)).isEqualTo(decoded);
            assertThat(codec.encode(codec.decodeGuard(again))).isEqualTo(again);
        }
    }
}
