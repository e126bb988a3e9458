package io.hms.ga.search.internal;

import io.hms.api.optimize.ParameterRange;

/**
 * How one {@link ParameterRange} maps onto a double gene's half-open range {@code [geneMin, geneMax)}
 * and back. Integers and choices (option indexes) take the gene's floor (each whole value owns a unit
 * interval); durations live on a
 * {@code log1p(milliseconds)} scale and round to the millisecond; reals map one to one. Decoding always
 * lands inside the range, whatever the gene's value; encoding a decoded value decodes to it again.
 */
public final class GeneScale {

    private final ParameterRange range;
    private final double geneMin;
    private final double geneMax;

    /** The scale of {@code range}. */
    public GeneScale(ParameterRange range) {
        this.range = range;
        switch (range.parameter().kind()) {
            case INTEGER, CHOICE -> {
                geneMin = range.min();
                geneMax = range.max() + 1;
            }
            case DURATION -> {
                geneMin = Math.log1p(range.min());
                geneMax = Math.nextUp(Math.log1p(range.max()));
            }
            default -> {
                geneMin = range.min();
                geneMax = Math.nextUp(range.max());
            }
        }
    }

    /** The range it scales. */
    public ParameterRange range() {
        return range;
    }

    /** The gene's lower bound, inclusive. */
    public double geneMin() {
        return geneMin;
    }

    /** The gene's upper bound, exclusive. */
    public double geneMax() {
        return geneMax;
    }

    /** The parameter value a gene holding {@code gene} stands for; always inside the range. */
    public double toValue(double gene) {
        double value = switch (range.parameter().kind()) {
            case INTEGER, CHOICE -> Math.floor(gene);
            case DURATION -> Math.rint(Math.expm1(gene));
            case DOUBLE -> gene;
        };
        return Double.isNaN(value) ? range.min() : range.clamp(value);
    }

    /** A gene value inside {@code [geneMin, geneMax)} that decodes to {@code value} clamped into the range. */
    public double toGene(double value) {
        double v = range.clamp(value);
        double gene = switch (range.parameter().kind()) {
            case INTEGER, CHOICE -> Math.rint(v) + 0.5;
            case DURATION -> Math.log1p(Math.rint(v));
            case DOUBLE -> v;
        };
        return Math.max(geneMin, Math.min(Math.nextDown(geneMax), gene));
    }
}
