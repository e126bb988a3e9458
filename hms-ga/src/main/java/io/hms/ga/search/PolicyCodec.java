package io.hms.ga.search;

import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.ParameterRange;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.ga.search.internal.GeneScale;
import io.hms.ga.search.internal.GuardParameters;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.engine.Codec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Maps a {@link PolicySpace} onto a Jenetics {@link Genotype} and back: one single-gene
 * {@link DoubleChromosome} per tunable parameter, in {@link Parameter} order. Integer parameters take
 * the gene's floor, a choice (the limit algorithm) the floor too, as the index of its option, durations
 * are searched on a logarithmic scale and rounded to the millisecond, reals map one to one; a parameter whose range is a single value is not a gene but always set to it. Every
 * gene is a {@code DoubleGene} whatever the parameter's kind: a Jenetics genotype holds one gene type,
 * and one type lets one set of alterers work across all the genes.
 * Fields outside the space keep the values of the base policy.
 *
 * <pre>{@code
 * PolicyCodec codec = PolicyCodec.of(PolicySpace.defaults(), ComponentPolicy.defaults());
 * Engine<DoubleGene, Double> engine = Engine.builder(fitness, codec.guardCodec()).build();
 * Genotype<DoubleGene> start = codec.encode(current.guard());   // seed the population with today's policy
 * ComponentPolicy candidate = codec.decode(best.genotype());
 * }</pre>
 *
 * <p>Guarantees: decoding any genotype of this codec's shape, whatever its allele values, yields a
 * valid policy whose tuned values lie inside their ranges (dependent fields are made consistent: see
 * {@link GuardParameters#write}); {@code decode(encode(decode(g)))} equals {@code decode(g)}. Every gene
 * can change what the decoded policy does: under a FIXED limit algorithm the limit in force is
 * {@link Parameter#LIMIT_MAX} (held inside {@link Parameter#LIMIT_INITIAL}'s range when that is tuned),
 * under AIMD and GRADIENT the limiter starts from {@link Parameter#LIMIT_INITIAL} held inside
 * [{@code minLimit}, {@code maxLimit}]; the retry cap is relative to the longest uncapped wait
 * ({@link Parameter#RETRY_BACKOFF_CAP}), so a larger multiplier lengthens the waits instead of meeting
 * a cap set for a smaller one. Immutable and thread-safe.
 */
public final class PolicyCodec {

    private final PolicySpace space;
    private final ComponentPolicy base;
    private final List<Parameter> genes;
    private final GeneScale[] scales;
    private final double[] fixedValues;
    private final Genotype<DoubleGene> template;
    private final Set<Parameter> inSpace = EnumSet.noneOf(Parameter.class);

    private PolicyCodec(PolicySpace space, ComponentPolicy base) {
        this.space = space;
        this.base = base;
        this.fixedValues = GuardParameters.read(base.guard());
        inSpace.addAll(space.parameters());
        List<Parameter> tuned = new ArrayList<>();
        List<GeneScale> scaleList = new ArrayList<>();
        for (Parameter p : space.parameters()) {
            ParameterRange range = space.range(p).orElseThrow();
            if (range.isFixed()) {
                fixedValues[p.ordinal()] = range.min();
            } else {
                tuned.add(p);
                scaleList.add(new GeneScale(range));
            }
        }
        double lowestMin = bound(Parameter.LIMIT_MIN, true);
        double highestMax = bound(Parameter.LIMIT_MAX, false);
        if (lowestMin > highestMax) { // with both in the space, PolicySpace has refused this already
            throw new IllegalArgumentException("LIMIT_MIN can be no lower than " + (long) lowestMin
                    + ", and LIMIT_MAX no higher than " + (long) highestMax + " (ranges of the space, else values of"
                    + " the base policy), so no minLimit <= maxLimit exists; put both limits in the space or move"
                    + " the one given");
        }
        if (space.contains(Parameter.LIMIT_INITIAL) && (bound(Parameter.LIMIT_INITIAL, false) < lowestMin
                || bound(Parameter.LIMIT_INITIAL, true) > highestMax)) {
            throw new IllegalArgumentException("LIMIT_INITIAL's range [" + (long) bound(Parameter.LIMIT_INITIAL, true)
                    + ", " + (long) bound(Parameter.LIMIT_INITIAL, false) + "] misses the limits' [" + (long) lowestMin
                    + ", " + (long) highestMax + "] (ranges of the space, else values of the base policy), so no"
                    + " minLimit <= initialLimit <= maxLimit exists; put the limits in the space or move LIMIT_INITIAL");
        }
        requireAFloat(space, Parameter.FAILURE_RATE_THRESHOLD);
        requireAFloat(space, Parameter.SLOW_CALL_RATE_THRESHOLD);
        if (tuned.isEmpty()) {
            throw new IllegalArgumentException("the policy space " + space.parameters()
                    + " has no parameter with a range wider than one value; widen at least one range");
        }
        this.genes = List.copyOf(tuned);
        this.scales = scaleList.toArray(GeneScale[]::new);
        List<DoubleChromosome> chromosomes = new ArrayList<>();
        for (GeneScale s : scales) {
            chromosomes.add(DoubleChromosome.of(s.geneMin(), s.geneMax()));
        }
        this.template = Genotype.of(chromosomes);
    }

    /**
     * A codec over {@code space}; fields the space does not tune keep their values in {@code base}.
     *
     * @throws IllegalArgumentException if no parameter of the space has room to move
     */
    public static PolicyCodec of(PolicySpace space, ComponentPolicy base) {
        return new PolicyCodec(Objects.requireNonNull(space, "space"), Objects.requireNonNull(base, "base"));
    }

    /** The space it encodes. */
    public PolicySpace space() {
        return space;
    }

    /** The policy that supplies the untuned fields. */
    public ComponentPolicy base() {
        return base;
    }

    /** The parameters that are genes, in chromosome order. */
    public List<Parameter> genes() {
        return genes;
    }

    /** A random genotype of the codec's shape. */
    public Genotype<DoubleGene> newGenotype() {
        return template.newInstance();
    }

    /** The genotype that stands for {@code policy}, its values clamped into the space's ranges. */
    public Genotype<DoubleGene> encode(GuardPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        List<DoubleChromosome> chromosomes = new ArrayList<>(scales.length);
        for (int i = 0; i < scales.length; i++) {
            GeneScale s = scales[i];
            double value = GuardParameters.read(policy, genes.get(i));
            chromosomes.add(DoubleChromosome.of(DoubleGene.of(s.toGene(value), s.geneMin(), s.geneMax())));
        }
        return Genotype.of(chromosomes);
    }

    /** The parameter values {@code genotype} stands for, indexed by {@link Parameter#ordinal()}. */
    public double[] values(Genotype<DoubleGene> genotype) {
        if (genotype.length() != scales.length) {
            throw new IllegalArgumentException("genotype has " + genotype.length() + " chromosomes, the codec "
                    + scales.length + " (" + genes + "); decode only genotypes of this codec");
        }
        double[] v = fixedValues.clone();
        for (int i = 0; i < scales.length; i++) {
            v[genes.get(i).ordinal()] = scales[i].toValue(genotype.get(i).gene().allele());
        }
        makeConsistent(v);
        return v;
    }

    /** A rate threshold is a {@code float} in the policy, so its range must hold one. */
    private static void requireAFloat(PolicySpace space, Parameter threshold) {
        space.range(threshold).ifPresent(r -> {
            float lowest = (float) r.min();
            if (lowest < r.min()) {
                lowest = Math.nextUp(lowest);
            }
            if (lowest > r.max()) {
                throw new IllegalArgumentException(threshold + "'s range [" + r.min() + ", " + r.max() + "] holds no"
                        + " float value, and the policy keeps the threshold as a float; widen the range to include "
                        + (double) Math.nextDown(lowest) + " or " + (double) lowest);
            }
        });
    }

    /** A parameter's lowest or highest value: its range's in the space, else the base policy's value. */
    private double bound(Parameter parameter, boolean lowest) {
        return space.range(parameter).map(r -> lowest ? r.min() : r.max()).orElse(fixedValues[parameter.ordinal()]);
    }

    /**
     * Makes the values a valid policy's without leaving their ranges. A minimum limit above the maximum
     * raises the maximum to it as far as the maximum's range goes, then lowers the minimum to the maximum:
     * both stay in range since the lowest minimum is at most the highest maximum. The initial limit is
     * then placed (see {@link #placeTheInitialLimit}) and the retry cap rounded inside its range (see
     * {@link #capInsideItsRange}). The rate thresholds, {@code float}s in the policy, become the nearest
     * {@code float} inside their ranges.
     */
    private void makeConsistent(double[] v) {
        int lo = Parameter.LIMIT_MIN.ordinal();
        int hi = Parameter.LIMIT_MAX.ordinal();
        if (v[lo] > v[hi]) {
            v[hi] = Math.min(v[lo], bound(Parameter.LIMIT_MAX, false));
            v[lo] = v[hi];
        }
        placeTheInitialLimit(v);
        capInsideItsRange(v);
        nearestFloatInRange(v, Parameter.FAILURE_RATE_THRESHOLD);
        nearestFloatInRange(v, Parameter.SLOW_CALL_RATE_THRESHOLD);
    }

    /**
     * The initial limit is the maximum under FIXED (the limit in force), else its own value, clamped
     * between the limits. With {@link Parameter#LIMIT_INITIAL} in the space and the clamped value outside
     * that range, the value goes to the range's nearest end, and a minimum above it is lowered (a maximum
     * below it raised) as far as their ranges go before it is clamped again. Every value stays in its
     * range: the constructor checked that LIMIT_INITIAL's range meets [lowest minimum, highest maximum].
     */
    private void placeTheInitialLimit(double[] v) {
        int lo = Parameter.LIMIT_MIN.ordinal();
        int hi = Parameter.LIMIT_MAX.ordinal();
        boolean fixed = v[Parameter.LIMIT_ALGORITHM.ordinal()] == LimitAlgorithm.FIXED.ordinal();
        double initial = Math.max(v[lo], Math.min(v[hi], fixed ? v[hi] : v[Parameter.LIMIT_INITIAL.ordinal()]));
        ParameterRange own = space.ranges().get(Parameter.LIMIT_INITIAL);
        if (own != null && !own.contains(initial)) {
            initial = own.clamp(initial);
            if (initial < v[lo]) {
                v[lo] = Math.max(initial, bound(Parameter.LIMIT_MIN, true));
            }
            if (initial > v[hi]) {
                v[hi] = Math.min(initial, bound(Parameter.LIMIT_MAX, false));
            }
            initial = Math.max(v[lo], Math.min(v[hi], initial));
        }
        v[Parameter.LIMIT_INITIAL.ordinal()] = initial;
    }

    /**
     * With {@link Parameter#RETRY_BACKOFF_CAP} tuned, the cap becomes whole milliseconds, so the ratio the
     * decoded policy reads back moves by up to half a millisecond over the longest wait; this picks the
     * whole millisecond nearest the gene's whose ratio lies inside the range, and sets the ratio to it.
     * The policy keeps the cap at or above the initial backoff, whose ratio is at most 1, which
     * {@link PolicySpace} requires the range to reach.
     */
    private void capInsideItsRange(double[] v) {
        ParameterRange range = space.ranges().get(Parameter.RETRY_BACKOFF_CAP);
        if (range == null) {
            return;
        }
        int c = Parameter.RETRY_BACKOFF_CAP.ordinal();
        double longest = GuardParameters.longestWaitMillis(v[Parameter.RETRY_BACKOFF_BASE.ordinal()],
                v[Parameter.RETRY_BACKOFF_MULTIPLIER.ordinal()], (int) v[Parameter.RETRY_MAX_ATTEMPTS.ordinal()]);
        if (!(longest > 0) || longest > GuardParameters.LONGEST_CAP_MILLIS) {
            return; // a zero wait reads as 1; past a day the cap is a day whatever the gene
        }
        double millis = Math.rint(v[c] * longest);
        while (millis / longest > range.max() && millis > 0) {
            millis--;
        }
        while (millis / longest < range.min()) {
            millis++;
        }
        v[c] = millis / longest;
    }

    private void nearestFloatInRange(double[] v, Parameter threshold) {
        float f = (float) v[threshold.ordinal()];
        double min = bound(threshold, true);
        double max = bound(threshold, false);
        if (f < min && Math.nextUp(f) <= max) {
            f = Math.nextUp(f);
        } else if (f > max && Math.nextDown(f) >= min) {
            f = Math.nextDown(f);
        }
        v[threshold.ordinal()] = f;
    }

    /** The guard policy {@code genotype} stands for; always valid and inside the space. */
    public GuardPolicy decodeGuard(Genotype<DoubleGene> genotype) {
        return GuardParameters.write(base.guard(), values(genotype), inSpace);
    }

    /** The component policy {@code genotype} stands for: the base with the decoded guard policy. */
    public ComponentPolicy decode(Genotype<DoubleGene> genotype) {
        return base.withGuard(decodeGuard(genotype));
    }

    /** This codec as a Jenetics {@link Codec} of guard policies, for {@code Engine.builder}. */
    public Codec<GuardPolicy, DoubleGene> guardCodec() {
        return Codec.of(template, this::decodeGuard);
    }
}
