package io.hms.prover.z3;

import com.microsoft.z3.Context;
import com.microsoft.z3.Params;
import com.microsoft.z3.Tactic;
import io.hms.prover.spi.Strategy;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A {@link Strategy} as a Z3 tactic: its steps in a pipeline, {@code (then s1 s2 ... sn)}, where each step
 * before the last may use its share of the wall time and is skipped when it fails or runs out
 * ({@code (or-else (try-for s ms) skip)}), and the last decides the goal within its share
 * ({@code (try-for sn ms)}). A step's parameters apply to it alone ({@code using-params}). A strategy that hands
 * over renders as {@code (or-else own otherwise)}, the other's steps timed within what is left;
 * {@link Z3Prover} runs the two as checks of their own, so that each keeps its share of a resource limit too.
 */
public final class Z3Tactics {
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    private Z3Tactics() {
    }

    /**
     * The tactic for {@code strategy}'s own steps with {@code wallTime} to share among them (not the strategy it
     * hands over to).
     *
     * @throws IllegalArgumentException naming the step, when a tactic or a parameter is not Z3's
     */
    public static Tactic tactic(Context ctx, Strategy strategy, Duration wallTime) {
        List<Strategy.Step> steps = strategy.steps();
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("the default strategy has no tactic: use Z3's default solver");
        }
        Tactic pipeline = null;
        for (int i = 0; i < steps.size(); i++) {
            Strategy.Step step = steps.get(i);
            Tactic timed = ctx.tryFor(step(ctx, strategy, step), milliseconds(step, wallTime));
            Tactic next = i < steps.size() - 1 ? ctx.orElse(timed, ctx.skip()) : timed;
            pipeline = pipeline == null ? next : ctx.andThen(pipeline, next);
        }
        return pipeline;
    }

    /** {@code strategy} as Z3's tactic language, with each step's time for {@code wallTime}. */
    public static String render(Strategy strategy, Duration wallTime) {
        if (strategy.isDefault()) {
            return "default";
        }
        if (strategy.otherwise() != null) {
            Duration rest = Duration.ofMillis(Math.round(wallTime.toMillis() * (1 - strategy.share())));
            return "(or-else " + render(new Strategy(strategy.name(), strategy.steps()), wallTime) + " "
                    + render(strategy.otherwise(), rest) + ")";
        }
        StringBuilder out = new StringBuilder(strategy.steps().size() > 1 ? "(then" : "");
        List<Strategy.Step> steps = strategy.steps();
        for (int i = 0; i < steps.size(); i++) {
            Strategy.Step step = steps.get(i);
            String tactic = step.params().isEmpty() ? step.tactic() : usingParams(step);
            String timed = "(try-for " + tactic + " " + milliseconds(step, wallTime) + ")";
            String part = i < steps.size() - 1 ? "(or-else " + timed + " skip)" : timed;
            out.append(out.isEmpty() ? "" : " ").append(part);
        }
        return steps.size() > 1 ? out.append(')').toString() : out.toString();
    }

    private static String usingParams(Strategy.Step step) {
        StringBuilder out = new StringBuilder("(using-params ").append(step.tactic());
        new TreeMap<>(step.params()).forEach((name, value) -> out.append(" :").append(name).append(' ').append(value));
        return out.append(')').toString();
    }

    private static Tactic step(Context ctx, Strategy strategy, Strategy.Step step) {
        if (!Arrays.asList(ctx.getTacticNames()).contains(step.tactic())) {
            throw new IllegalArgumentException("strategy '" + strategy.name() + "': Z3 has no tactic '" + step.tactic()
                    + "'; use one of Z3's tactic names, e.g. simplify, solve-eqs, smt, qfnra-nlsat");
        }
        Tactic tactic = ctx.mkTactic(step.tactic());
        if (step.params().isEmpty()) {
            return tactic;
        }
        Params params = ctx.mkParams();
        for (Map.Entry<String, String> p : new TreeMap<>(step.params()).entrySet()) {
            add(params, p.getKey(), p.getValue());
        }
        try {
            return ctx.usingParams(tactic, params);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("strategy '" + strategy.name() + "', step '" + step.tactic()
                    + "': Z3 refuses its parameters " + step.params() + ": " + e.getMessage(), e);
        }
    }

    private static void add(Params params, String name, String value) {
        if (value.equals("true") || value.equals("false")) {
            params.add(name, Boolean.parseBoolean(value));
        } else if (INTEGER.matcher(value).matches()) {
            params.add(name, Integer.parseInt(value));
        } else if (DECIMAL.matcher(value).matches()) {
            params.add(name, Double.parseDouble(value));
        } else {
            params.add(name, value);
        }
    }

    private static int milliseconds(Strategy.Step step, Duration wallTime) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(wallTime.toMillis() * step.share())));
    }
}
