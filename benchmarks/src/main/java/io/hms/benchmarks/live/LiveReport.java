package io.hms.benchmarks.live;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * The harness's tables: per shape, the tuner's and the canary's verdicts, the winner and a row per variant with the goodput ratios (min–max over
 * the rounds), the error-rate differences, the p99 latency of successful calls, the share of the ideal, and
 * the live goodput beside the predicted one for the winner, the start and the defaults.
 */
final class LiveReport {

    private static final String FORMAT = "%-7s %-11s %-11s %-13s %-13s %-20s %-11s %-20s %-20s%n";

    private LiveReport() {
    }

    /** The tables of {@code runs}. */
    static String tables(List<ShapeRun> runs) {
        StringBuilder out = new StringBuilder();
        for (ShapeRun run : runs) {
            out.append(String.format(Locale.ROOT, "%n== %s: %d calls/s offered; %s; %s%n", run.shape().label(),
                    run.shape().rate(), run.outcome().verdict(), run.promotion().canary()));
            out.append("   winner: ").append(run.promotion().promoted().map(Policies::describe)
                    .orElse("the start (" + (run.outcome().patch().isPresent() ? "the canary rolled the patch back"
                            : "no patch") + ")")).append('\n');
            out.append(String.format(Locale.ROOT, FORMAT, "variant", "W/S good", "W/D good", "dErr W-S pt",
                    "dErr W-D pt", "p99 ok W/S/D ms", "W/ideal", "live W/S/D /s", "predicted W/S/D /s"));
            for (Variant v : Variant.values()) {
                List<RoundResult> rounds = run.rounds(v);
                if (rounds.isEmpty()) {
                    continue;
                }
                out.append(String.format(Locale.ROOT, FORMAT, v.label(),
                        range(rounds, r -> r.goodputRatio(Contender.START), "%.2f"),
                        range(rounds, r -> r.goodputRatio(Contender.DEFAULTS), "%.2f"),
                        range(rounds, r -> r.errorPoints(Contender.START), "%+.1f"),
                        range(rounds, r -> r.errorPoints(Contender.DEFAULTS), "%+.1f"),
                        triple(rounds, p -> p.p99SuccessMillis(), "%.0f"),
                        ideal(rounds, run.ideal(v)),
                        triple(rounds, PhaseResult::goodput, "%.1f"),
                        String.format(Locale.ROOT, "%.1f/%.1f/%.1f", run.predicted(Contender.WINNER),
                                run.predicted(Contender.START), run.predicted(Contender.DEFAULTS))));
                out.append(String.format(Locale.ROOT, "        %s; error rate W/S/D %s %%%n",
                        run.shape().describe(v), triple(rounds, p -> 100 * p.errorRate(), "%.1f")));
            }
        }
        return out.toString();
    }

    /** The goal verdicts, a failure's lines under its goal. */
    static String verdicts(List<GoalCheck.Verdict> verdicts) {
        StringBuilder out = new StringBuilder("\ngoals:\n");
        for (GoalCheck.Verdict v : verdicts) {
            out.append(v.line()).append('\n');
            for (String f : v.failures()) {
                out.append("        ").append(f).append('\n');
            }
        }
        return out.toString();
    }

    private static String range(List<RoundResult> rounds, ToDoubleFunction<RoundResult> f, String format) {
        double min = rounds.stream().mapToDouble(f).min().orElse(Double.NaN);
        double max = rounds.stream().mapToDouble(f).max().orElse(Double.NaN);
        String low = String.format(Locale.ROOT, format, min);
        return min == max ? low : low + "–" + String.format(Locale.ROOT, format, max);
    }

    private static String triple(List<RoundResult> rounds, ToDoubleFunction<PhaseResult> f, String format) {
        StringBuilder s = new StringBuilder();
        for (Contender c : Contender.values()) {
            if (s.length() > 0) {
                s.append('/');
            }
            s.append(String.format(Locale.ROOT, format,
                    rounds.stream().mapToDouble(r -> f.applyAsDouble(r.of(c))).average().orElse(Double.NaN)));
        }
        return s.toString();
    }

    private static String ideal(List<RoundResult> rounds, OptionalDouble ideal) {
        if (ideal.isEmpty()) {
            return "-";
        }
        return range(rounds, r -> r.of(Contender.WINNER).goodput() / ideal.getAsDouble(), "%.2f");
    }
}
