package io.hms.benchmarks.live;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Everything measured on one shape: the optimizer's decision, the canary's, and the rounds on each variant.
 *
 * @param shape     the shape
 * @param outcome   what the optimizer decided on the trace recorded on the train variant
 * @param promotion what the runtime promoted after the canary: the winner the rounds measure
 * @param rounds    the rounds per variant
 * @param ideal     the ideal goodput per variant, where the shape has one (a capacity or an outage)
 */
public record ShapeRun(Shape shape, OptimizationOutcome outcome, Promotion promotion,
                       Map<Variant, List<RoundResult>> rounds, Map<Variant, OptionalDouble> ideal) {

    /** Checks the parts and copies the maps. */
    public ShapeRun {
        Objects.requireNonNull(promotion, "promotion");
        rounds = new EnumMap<>(rounds);
        ideal = new EnumMap<>(ideal);
    }

    /** The rounds of {@code variant}. */
    public List<RoundResult> rounds(Variant variant) {
        return rounds.getOrDefault(variant, List.of());
    }

    /** The ideal goodput of {@code variant}, if the shape has one. */
    public OptionalDouble ideal(Variant variant) {
        return ideal.getOrDefault(variant, OptionalDouble.empty());
    }

    /** The mean live goodput of {@code contender} over the rounds of {@code variant}. */
    public double meanGoodput(Variant variant, Contender contender) {
        return rounds(variant).stream().mapToDouble(r -> r.of(contender).goodput()).average().orElse(0);
    }

    /** The predicted goodput of {@code contender}; the winner's is the start's when the canary kept the start. */
    public double predicted(Contender contender) {
        return switch (contender) {
            case WINNER -> promotion.winnerRuns() ? outcome.predictedWinner() : outcome.predictedStart();
            case START -> outcome.predictedStart();
            case DEFAULTS -> outcome.predictedDefaults();
        };
    }
}
