package io.hms.benchmarks.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The goals the winner is held to, checked on every shape, variant and round measured:
 * <ol>
 *   <li>never worse than the start: goodput at least 0.98× and an error rate at most 0.5 points higher, in
 *       every pair;</li>
 *   <li>against the defaults: at least 1.3× goodput on overload and a capacity drop, 1.5× on error bursts and
 *       an outage, never below 0.98× anywhere;</li>
 *   <li>against the start: at least 2× goodput under overload;</li>
 *   <li>predicted goodput within 25 % of the live goodput (mean over the train variant's rounds) for the
 *       winner and both baselines;</li>
 *   <li>the winner's goodput at least 0.85 of the ideal where the shape has one (a capacity or an outage).</li>
 * </ol>
 */
final class GoalCheck {

    static final double NEVER_WORSE = 0.98;
    static final double ERROR_POINTS = 0.5;
    static final double PREDICTION_TOLERANCE = 0.25;
    static final double IDEAL_SHARE = 0.85;
    static final double OVERLOAD_VS_START = 2.0;

    private GoalCheck() {
    }

    /**
     * One goal's verdict.
     *
     * @param goal     the goal in words
     * @param measured whether any shape it applies to was measured
     * @param failures what missed it, one line each; empty when it passed
     */
    record Verdict(String goal, boolean measured, List<String> failures) {

        /** Whether nothing missed the goal (a goal nothing was measured for does not fail). */
        boolean passed() {
            return failures.isEmpty();
        }

        /** PASS, FAIL or SKIP (nothing measured), then the goal. */
        String line() {
            return (!measured ? "SKIP" : passed() ? "PASS" : "FAIL") + "  " + goal;
        }
    }

    /** The goodput the winner must reach over the defaults on {@code shape}. */
    static double defaultsTarget(Shape shape) {
        return switch (shape) {
            case OVERLOAD, CAPACITY_DROP -> 1.3;
            case ERROR_BURSTS, OUTAGE -> 1.5;
            default -> NEVER_WORSE;
        };
    }

    /** The five verdicts on {@code runs}. */
    static List<Verdict> check(List<ShapeRun> runs) {
        List<String> start = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        List<String> overload = new ArrayList<>();
        List<String> prediction = new ArrayList<>();
        List<String> ideal = new ArrayList<>();
        for (ShapeRun run : runs) {
            Shape shape = run.shape();
            for (Variant v : Variant.values()) {
                for (RoundResult r : run.rounds(v)) {
                    String where = String.format(Locale.ROOT, "%s %s round %d", shape.label(), v.label(), r.round() + 1);
                    double vsStart = r.goodputRatio(Contender.START);
                    double points = r.errorPoints(Contender.START);
                    if (vsStart < NEVER_WORSE || points > ERROR_POINTS) {
                        start.add(String.format(Locale.ROOT, "%s: goodput %.2fx, error rate %+.1f points", where,
                                vsStart, points));
                    }
                    double vsDefaults = r.goodputRatio(Contender.DEFAULTS);
                    if (vsDefaults < defaultsTarget(shape)) {
                        defaults.add(String.format(Locale.ROOT, "%s: %.2fx < %.2fx", where, vsDefaults,
                                defaultsTarget(shape)));
                    }
                    if (shape == Shape.OVERLOAD && vsStart < OVERLOAD_VS_START) {
                        overload.add(String.format(Locale.ROOT, "%s: %.2fx < %.1fx", where, vsStart,
                                OVERLOAD_VS_START));
                    }
                    OptionalDouble best = run.ideal(v);
                    double share = best.isPresent() ? r.of(Contender.WINNER).goodput() / best.getAsDouble() : 1;
                    if (share < IDEAL_SHARE) {
                        ideal.add(String.format(Locale.ROOT, "%s: %.2f of ideal %.1f/s", where, share,
                                best.getAsDouble()));
                    }
                }
            }
            if (!run.rounds(Variant.TRAIN).isEmpty()) {
                for (Contender c : Contender.values()) {
                    double live = run.meanGoodput(Variant.TRAIN, c);
                    double error = predictionError(run.predicted(c), live);
                    if (error > PREDICTION_TOLERANCE) {
                        prediction.add(String.format(Locale.ROOT, "%s %s: predicted %.1f/s, live %.1f/s (%.0f %% off)",
                                shape.label(), c.name().toLowerCase(Locale.ROOT), run.predicted(c), live,
                                100 * error));
                    }
                }
            }
        }
        boolean any = runs.stream().anyMatch(r -> !r.rounds(Variant.TRAIN).isEmpty());
        boolean overloaded = runs.stream().anyMatch(r -> r.shape() == Shape.OVERLOAD);
        boolean hasIdeal = runs.stream().anyMatch(r -> r.ideal(Variant.TRAIN).isPresent());
        return List.of(
                new Verdict("1 never worse than the start (goodput >= 0.98x, error rate <= +0.5 points, every pair)", any,
                        start),
                new Verdict("2 vs defaults: >= 1.3x overload/capacity-drop, >= 1.5x bursts/outage, >= 0.98x elsewhere", any,
                        defaults),
                new Verdict("3 vs start >= 2x under overload", overloaded, overload),
                new Verdict("4 predicted goodput within 25 % of live (train), winner and both baselines", any,
                        prediction),
                new Verdict("5 goodput / ideal >= 0.85 where the shape has an ideal", hasIdeal, ideal));
    }

    /** |predicted − live| / live; 0 when both are 0, infinite when only live is. */
    static double predictionError(double predicted, double live) {
        if (live == 0) {
            return predicted == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(predicted - live) / live;
    }
}
