package io.hms.anomaly;

import com.amazon.randomcutforest.config.TransformMethod;
import com.amazon.randomcutforest.parkservices.AnomalyDescriptor;
import com.amazon.randomcutforest.parkservices.ThresholdedRandomCutForest;
import io.hms.api.spi.AnomalyDetector;

/**
 * One component's detector: Amazon's thresholded Random Cut Forest over its signals, shingled (each point
 * holds the last {@value #SHINGLE} ticks, so a trend is a shape, not only a level), each signal normalised
 * by its own running mean and deviation. It learns for {@value #WARM_UP} ticks before it grades, and expects
 * about one anomalous tick in {@code 1 / ANOMALY_RATE}. Not thread-safe: one thread feeds it.
 */
final class RcfAnomalyDetector implements AnomalyDetector {

    /** Ticks in one point of the forest. */
    static final int SHINGLE = 4;
    /** Ticks the forest learns from before it grades any. */
    static final int WARM_UP = 64;
    /** Points each tree samples. */
    static final int SAMPLE_SIZE = 256;
    /** Trees in the forest. */
    static final int TREES = 30;
    /** The share of ticks the thresholder expects to be anomalous. */
    static final double ANOMALY_RATE = 0.005;

    private final ThresholdedRandomCutForest forest;
    private final int signals;

    RcfAnomalyDetector(int signals, long seed) {
        this.signals = signals;
        this.forest = ThresholdedRandomCutForest.builder()
                .dimensions(signals * SHINGLE).shingleSize(SHINGLE).internalShinglingEnabled(true)
                .sampleSize(SAMPLE_SIZE).numberOfTrees(TREES).outputAfter(WARM_UP)
                .anomalyRate(ANOMALY_RATE).transformMethod(TransformMethod.NORMALIZE)
                .parallelExecutionEnabled(false).randomSeed(seed).build();
    }

    @Override
    public Reading observe(long tick, double[] values) {
        if (values.length != signals) {
            throw new IllegalArgumentException("expected " + signals + " values, one per signal, got " + values.length);
        }
        AnomalyDescriptor d = forest.process(values, tick);
        double grade = Math.max(0, Math.min(1, d.getAnomalyGrade()));
        if (grade == 0) {
            return Reading.usual(d.getRCFScore());
        }
        double[][] expected = d.getExpectedValuesList();
        boolean current = d.getRelativeIndex() == 0 && expected != null && expected.length > 0
                && expected[0] != null && expected[0].length == signals;
        return new Reading(grade, d.getRCFScore(), current ? expected[0] : new double[0]);
    }
}
