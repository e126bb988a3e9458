package io.hms.ga.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.ParameterRange;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.search.internal.GuardParameters;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.util.RandomRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class PolicyCodecTest {

    private static final PolicyCodec CODEC = PolicyCodec.of(PolicySpace.defaults(), ComponentPolicy.defaults());

    private static List<Genotype<DoubleGene>> randomGenotypes(PolicyCodec codec, int n) {
        return RandomRegistry.with(RandomGeneratorFactory.of("L64X256MixRandom").create(7L), r -> {
            List<Genotype<DoubleGene>> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(codec.newGenotype());
            }
            return list;
        });
    }

    private static void assertInside(PolicySpace space, GuardPolicy policy) {
        for (Parameter p : space.parameters()) {
            ParameterRange range = space.range(p).orElseThrow();
            double value = GuardParameters.read(policy, p);
            assertThat(range.contains(value)).as("%s = %s in [%s, %s]", p, value, range.min(), range.max()).isTrue();
            if (p.kind() != io.hms.api.optimize.ParameterKind.DOUBLE) {
                assertThat(value).as(p + " is whole").isEqualTo(Math.rint(value));
            }
            if (p.kind() == io.hms.api.optimize.ParameterKind.DURATION) {
                assertThat(exactDuration(policy, p).toNanos()).as(p + " in whole milliseconds")
                        .isEqualTo((long) value * 1_000_000L);
            }
        }
    }

    private static Duration exactDuration(GuardPolicy policy, Parameter p) {
        return switch (p) {
            case OPEN_DURATION -> policy.breaker().openDuration();
            case SLOW_CALL_DURATION -> policy.breaker().slowCallDuration();
            case RETRY_BACKOFF_BASE -> policy.retry().initialBackoff();
            case LIMIT_LATENCY_THRESHOLD -> policy.limit().latencyThreshold();
            case LIMIT_MAX_WAIT -> policy.limit().maxWait();
            case TIMEOUT -> policy.timeout().enabled() ? policy.timeout().timeout() : Duration.ofDays(365);
            default -> throw new IllegalArgumentException(p + " is not a duration");
        };
    }

    @Test
    void everyDecodedValueLiesInsideItsRange() {
        for (Genotype<DoubleGene> g : randomGenotypes(CODEC, 2_000)) {
            assertInside(CODEC.space(), CODEC.decodeGuard(g));
        }
    }

    @Test
    void genesAtTheirExtremesStillDecodeInsideTheRanges() {
        List<DoubleChromosome> low = new ArrayList<>();
        List<DoubleChromosome> high = new ArrayList<>();
        for (var c : CODEC.newGenotype()) {
            DoubleGene gene = c.gene();
            low.add(DoubleChromosome.of(DoubleGene.of(gene.min(), gene.min(), gene.max())));
            high.add(DoubleChromosome.of(DoubleGene.of(Math.nextDown(gene.max()), gene.min(), gene.max())));
        }
        GuardPolicy lowest = CODEC.decodeGuard(Genotype.of(low));
        GuardPolicy highest = CODEC.decodeGuard(Genotype.of(high));
        assertInside(CODEC.space(), lowest);
        assertInside(CODEC.space(), highest);
        assertThat(lowest.retry().maxAttempts()).isEqualTo(1);
        assertThat(highest.retry().maxAttempts()).isEqualTo(5);
        assertThat(lowest.timeout().timeout()).isEqualTo(Duration.ofMillis(10));
        assertThat(highest.timeout().timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void encodingADecodedGenotypeDecodesToTheSamePolicy() {
        for (Genotype<DoubleGene> g : randomGenotypes(CODEC, 500)) {
            GuardPolicy decoded = CODEC.decodeGuard(g);
            Genotype<DoubleGene> again = CODEC.encode(decoded);
            assertThat(again.isValid()).isTrue();
            assertThat(CODEC.decodeGuard(again)).isEqualTo(decoded);
            assertThat(CODEC.encode(CODEC.decodeGuard(again))).isEqualTo(again);
        }
    }

    @Test
    void aPolicyInsideTheSpaceRoundTripsExactly() {
        GuardPolicy p = GuardPolicy.defaults();
        assertThat(CODEC.decodeGuard(CODEC.encode(p))).isEqualTo(p);
    }

    @Test
    void aNarrowedSpaceIsRespectedAndUntunedFieldsComeFromTheBase() {
        ComponentPolicy base = ComponentPolicy.defaults();
        PolicySpace narrow = PolicySpace.empty()
                .with(Parameter.RETRY_MAX_ATTEMPTS, 2, 3)
                .with(Parameter.TIMEOUT, Duration.ofMillis(100), Duration.ofMillis(300))
                .with(Parameter.FAILURE_RATE_THRESHOLD, 20.0, 30.0)
                .with(Parameter.HALF_OPEN_PROBES, 7, 7);
        PolicyCodec codec = PolicyCodec.of(narrow, base);
        assertThat(codec.genes()).containsExactly(Parameter.FAILURE_RATE_THRESHOLD, Parameter.RETRY_MAX_ATTEMPTS,
                Parameter.TIMEOUT);
        for (Genotype<DoubleGene> g : randomGenotypes(codec, 500)) {
            ComponentPolicy decoded = codec.decode(g);
            assertInside(narrow, decoded.guard());
            assertThat(decoded.guard().breaker().halfOpenProbes()).as("a one-value range pins").isEqualTo(7);
            assertThat(decoded.guard().breaker().windowSize()).isEqualTo(base.guard().breaker().windowSize());
            assertThat(decoded.guard().limit()).isEqualTo(base.guard().limit());
            assertThat(decoded.health()).isEqualTo(base.health());
            assertThat(decoded.playbook()).isEqualTo(base.playbook());
        }
    }

    @Test
    void encodingClampsAPolicyOutsideTheSpace() {
        PolicyCodec codec = PolicyCodec.of(PolicySpace.empty().with(Parameter.RETRY_MAX_ATTEMPTS, 1, 2),
                ComponentPolicy.defaults());
        GuardPolicy outside = GuardPolicy.defaults().withRetry(GuardPolicy.defaults().retry().withMaxAttempts(9));
        assertThat(codec.decodeGuard(codec.encode(outside)).retry().maxAttempts()).isEqualTo(2);
    }

    @Test
    void dependentFieldsStayConsistentAndInsideTheirRanges() {
        PolicySpace overlapping = PolicySpace.empty()
                .with(Parameter.LIMIT_MIN, 40, 50).with(Parameter.LIMIT_MAX, 10, 45)
                .with(Parameter.RETRY_BACKOFF_BASE, Duration.ofSeconds(2), Duration.ofSeconds(5));
        PolicyCodec codec = PolicyCodec.of(overlapping, ComponentPolicy.defaults());
        int minAboveTheMaxsRange = 0;
        for (Genotype<DoubleGene> g : randomGenotypes(codec, 300)) {
            GuardPolicy p = codec.decodeGuard(g);
            assertInside(overlapping, p);
            assertThat(p.limit().maxLimit()).isGreaterThanOrEqualTo(p.limit().minLimit());
            assertThat(p.limit().initialLimit()).isBetween(p.limit().minLimit(), p.limit().maxLimit());
            assertThat(p.retry().maxBackoff()).isGreaterThanOrEqualTo(p.retry().initialBackoff());
            if (codec.values(g)[Parameter.LIMIT_MIN.ordinal()] == 45 && p.limit().maxLimit() == 45) {
                minAboveTheMaxsRange++;
            }
        }
        assertThat(minAboveTheMaxsRange).as("genotypes whose minimum passed the maximum's range").isPositive();
    }

    @Test
    void aLimitRangeThatNoBasePolicyValueCanMeetIsRefused() {
        int baseMax = ComponentPolicy.defaults().guard().limit().maxLimit();
        assertThatThrownBy(() -> PolicyCodec.of(PolicySpace.empty().with(Parameter.LIMIT_MIN, baseMax + 1, baseMax + 9),
                ComponentPolicy.defaults()))
                .hasMessageContaining("LIMIT_MIN can be no lower than " + (baseMax + 1))
                .hasMessageContaining("put both limits in the space");
    }

    @Test
    void aThresholdRangeWithoutAnExactFloatStillDecodesInsideIt() {
        PolicySpace space = PolicySpace.empty().with(Parameter.FAILURE_RATE_THRESHOLD, 33.3, 60.2);
        PolicyCodec codec = PolicyCodec.of(space, ComponentPolicy.defaults());
        List<DoubleChromosome> low = List.of(DoubleChromosome.of(DoubleGene.of(33.3, 33.3, Math.nextUp(60.2))));
        List<DoubleChromosome> high = List.of(DoubleChromosome.of(DoubleGene.of(60.2, 33.3, Math.nextUp(60.2))));
        assertThat((double) (float) 33.3).isLessThan(33.3);
        assertThat((double) (float) 60.2).isGreaterThan(60.2);
        assertInside(space, codec.decodeGuard(Genotype.of(low)));
        assertInside(space, codec.decodeGuard(Genotype.of(high)));
    }

    @Test
    void durationsOutsideTheSpaceKeepTheBasesValueToTheNanosecond() {
        GuardPolicy precise = GuardPolicy.defaults().withBreaker(GuardPolicy.defaults().breaker()
                .withOpenDuration(Duration.ofNanos(1_500_700)));
        PolicyCodec codec = PolicyCodec.of(PolicySpace.empty().with(Parameter.RETRY_MAX_ATTEMPTS, 1, 4),
                ComponentPolicy.defaults().withGuard(precise));
        for (Genotype<DoubleGene> g : randomGenotypes(codec, 20)) {
            assertThat(codec.decodeGuard(g).breaker().openDuration()).isEqualTo(Duration.ofNanos(1_500_700));
        }
    }

    @Test
    void aBaseDurationBetweenMillisecondsIsNotKeptWhenItsParameterIsTuned() {
        ComponentPolicy base = ComponentPolicy.defaults().withGuard(GuardPolicy.defaults()
                .withTimeout(io.hms.api.policy.TimeoutPolicy.of(Duration.ofNanos(30_500_000))));
        PolicySpace space = PolicySpace.empty().with(Parameter.TIMEOUT, Duration.ofMillis(10), Duration.ofMillis(30));
        PolicyCodec codec = PolicyCodec.of(space, base);
        for (Genotype<DoubleGene> g : randomGenotypes(codec, 50)) {
            assertInside(space, codec.decodeGuard(g));
        }
        assertThat(codec.decodeGuard(codec.encode(base.guard())).timeout().timeout()).isEqualTo(Duration.ofMillis(30));

        PolicySpace fixed = PolicySpace.empty().with(Parameter.TIMEOUT, Duration.ofMillis(30), Duration.ofMillis(30))
                .with(Parameter.RETRY_MAX_ATTEMPTS, 1, 3);
        PolicyCodec fixedCodec = PolicyCodec.of(fixed, base);
        assertThat(fixedCodec.decodeGuard(fixedCodec.newGenotype()).timeout().timeout())
                .isEqualTo(Duration.ofMillis(30));
    }

    @Test
    void aDisabledTimeoutIsEnabledOnceTheTimeoutIsTuned() {
        ComponentPolicy noTimeout = ComponentPolicy.defaults()
                .withGuard(GuardPolicy.defaults().withTimeout(io.hms.api.policy.TimeoutPolicy.none()));
        PolicySpace space = PolicySpace.empty().with(Parameter.TIMEOUT, Duration.ofSeconds(1), Duration.ofHours(1));
        PolicyCodec codec = PolicyCodec.of(space, noTimeout);
        GuardPolicy decoded = codec.decodeGuard(codec.encode(noTimeout.guard()));
        assertThat(decoded.timeout().enabled()).isTrue();
        assertThat(decoded.timeout().timeout()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aThresholdRangeThatHoldsNoFloatIsRefused() {
        assertThatThrownBy(() -> PolicyCodec.of(PolicySpace.empty().with(Parameter.FAILURE_RATE_THRESHOLD, 33.3, 33.3)
                .with(Parameter.RETRY_MAX_ATTEMPTS, 1, 3), ComponentPolicy.defaults()))
                .hasMessageContaining("FAILURE_RATE_THRESHOLD's range [33.3, 33.3] holds no float value")
                .hasMessageContaining("widen the range");
    }

    @Test
    void aDisabledTimeoutOutsideTheSpaceStaysDisabled() {
        ComponentPolicy noTimeout = ComponentPolicy.defaults()
                .withGuard(GuardPolicy.defaults().withTimeout(io.hms.api.policy.TimeoutPolicy.none()));
        PolicyCodec codec = PolicyCodec.of(PolicySpace.empty().with(Parameter.RETRY_MAX_ATTEMPTS, 1, 4), noTimeout);
        for (Genotype<DoubleGene> g : randomGenotypes(codec, 20)) {
            assertThat(codec.decodeGuard(g).timeout().enabled()).isFalse();
        }
    }

    @Test
    void aSpaceWithNothingToMoveIsRefused() {
        assertThatThrownBy(() -> PolicyCodec.of(PolicySpace.empty().with(Parameter.WINDOW_SIZE, 5, 5),
                ComponentPolicy.defaults()))
                .hasMessageContaining("widen at least one range");
    }

    @Test
    void aGenotypeOfAnotherShapeIsRefused() {
        PolicyCodec small = PolicyCodec.of(PolicySpace.empty().with(Parameter.WINDOW_SIZE, 5, 50),
                ComponentPolicy.defaults());
        assertThatThrownBy(() -> small.decodeGuard(CODEC.newGenotype()))
                .hasMessageContaining("decode only genotypes of this codec");
    }
}
