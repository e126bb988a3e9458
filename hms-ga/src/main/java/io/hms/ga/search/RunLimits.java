package io.hms.ga.search;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Predicates that keep a {@link PolicyOptimizer} run going, for {@code Stream.takeWhile}: a run continues
 * while every limit returns true. The evaluation budget set on the optimizer is a hard cap on its own;
 * these add softer stops.
 *
 * <pre>{@code
 * optimizer.stream(start)
 *         .takeWhile(RunLimits.byGenerations(50))
 *         .takeWhile(RunLimits.byDeadline(System::nanoTime, Duration.ofSeconds(2)))
 *         .takeWhile(RunLimits.whileTrue(coordinator::isLeader))
 *         .collect(GenerationResult.toBest());
 * }</pre>
 *
 * <p>Each call returns a fresh predicate; a stateful one ({@link #byDeadline}, {@link #bySteadyFitness})
 * serves one run.
 */
public final class RunLimits {

    private RunLimits() {
    }

    /** Continues through generation {@code generations}. */
    public static Predicate<GenerationResult> byGenerations(long generations) {
        if (generations < 1) {
            throw new IllegalArgumentException("generations must be at least 1, got " + generations);
        }
        return r -> r.generation() <= generations;
    }

    /** Continues while the best fitness has improved within the last {@code generations} generations. */
    public static Predicate<GenerationResult> bySteadyFitness(int generations) {
        if (generations < 1) {
            throw new IllegalArgumentException("generations must be at least 1, got " + generations);
        }
        return new Predicate<>() {
            private double best = Double.NEGATIVE_INFINITY;
            private long improvedAt;

            @Override
            public boolean test(GenerationResult r) {
                if (r.bestFitness() > best) {
                    best = r.bestFitness();
                    improvedAt = r.generation();
                }
                return r.generation() - improvedAt < generations;
            }
        };
    }

    /** Continues until {@code budget} has passed on {@code nanoClock}, counted from when the predicate is made. */
    public static Predicate<GenerationResult> byDeadline(LongSupplier nanoClock, Duration budget) {
        Objects.requireNonNull(nanoClock, "nanoClock");
        long budgetNanos = Objects.requireNonNull(budget, "budget").toNanos();
        long start = nanoClock.getAsLong();
        return r -> nanoClock.getAsLong() - start < budgetNanos;
    }

    /** Continues while {@code condition} holds, e.g. while this instance leads. */
    public static Predicate<GenerationResult> whileTrue(BooleanSupplier condition) {
        Objects.requireNonNull(condition, "condition");
        return r -> condition.getAsBoolean();
    }
}
