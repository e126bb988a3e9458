package io.hms.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.GenerationEvaluated;
import io.hms.core.event.EventBus;
import io.hms.core.guard.Guards;
import io.hms.core.time.ManualScheduler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OptimizerConvergenceTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final OptimizerConvergence convergence = new OptimizerConvergence();

    private static GenerationEvaluated gen(String component, long generation, double best, long evaluations) {
        return new GenerationEvaluated(T0.plusSeconds(generation), component, generation, best, best / 2, evaluations);
    }

    @Test
    void aRunConvergesAtTheFirstGenerationWithinOnePercentOfItsImprovement() {
        convergence.accept(gen("db", 1, 0.0, 20));
        convergence.accept(gen("db", 2, 50.0, 40));
        convergence.accept(gen("db", 3, 99.5, 60));   // 99.5 % of the final improvement: near enough
        convergence.accept(gen("db", 4, 100.0, 80));

        OptimizerConvergence.Run run = convergence.latest("db").orElseThrow();
        assertThat(run.generationsToConverge()).isEqualTo(3);
        assertThat(run.evaluationsToConverge()).isEqualTo(60);
        assertThat(run.generations()).isEqualTo(4);
        assertThat(run.evaluations()).isEqualTo(80);
        assertThat(run.ended()).isFalse();
    }

    @Test
    void improvementIsMeasuredFromTheFirstGenerationsMeanNotItsBest() {
        convergence.accept(new GenerationEvaluated(T0, "db", 1, 90.0, 0.0, 20));  // best 90 of a poor lot
        convergence.accept(new GenerationEvaluated(T0, "db", 2, 98.0, 50.0, 40));
        convergence.accept(new GenerationEvaluated(T0, "db", 3, 99.5, 60.0, 60));
        convergence.accept(new GenerationEvaluated(T0, "db", 4, 100.0, 70.0, 80));

        // 1 % of the improvement over the first mean (100) is 1: generation 3 is near enough
        assertThat(convergence.latest("db").orElseThrow().generationsToConverge()).isEqualTo(3);
    }

    @Test
    void aRunThatNeverImprovesConvergedAtItsFirstGeneration() {
        convergence.accept(gen("db", 1, 7.0, 20));
        convergence.accept(gen("db", 2, 7.0, 40));

        assertThat(convergence.latest("db").orElseThrow().evaluationsToConverge()).isEqualTo(20);
    }

    @Test
    void generationOneStartsANewRunAndEndsThePreviousOne() {
        convergence.accept(gen("db", 1, 0.0, 20));
        convergence.accept(gen("db", 2, 10.0, 40));
        convergence.accept(gen("cache", 1, 3.0, 10));
        convergence.accept(gen("db", 1, 10.0, 20));

        assertThat(convergence.runs()).extracting(OptimizerConvergence.Run::component, OptimizerConvergence.Run::ended,
                        OptimizerConvergence.Run::evaluationsToConverge)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("db", true, 40L),
                        org.assertj.core.groups.Tuple.tuple("cache", false, 10L),
                        org.assertj.core.groups.Tuple.tuple("db", false, 20L));
    }

    @Test
    void infeasibleGenerationsBeforeTheFirstScoredOneCountAgainstConvergence() {
        convergence.accept(gen("db", 1, Double.NEGATIVE_INFINITY, 20));
        convergence.accept(gen("db", 2, 5.0, 40));
        convergence.accept(gen("db", 3, 6.0, 60));

        OptimizerConvergence.Run run = convergence.latest("db").orElseThrow();
        assertThat(run.baseline()).isEqualTo(2.5); // the first finite generation's mean
        assertThat(run.generationsToConverge()).isEqualTo(3);
    }

    @Test
    void onlyTheLastRunsAreKept() {
        for (int i = 0; i < OptimizerConvergence.KEPT_RUNS + 10; i++) {
            convergence.accept(gen("db", 1, i, 20));
        }
        assertThat(convergence.runs()).hasSize(OptimizerConvergence.KEPT_RUNS + 1);
    }

    @Test
    void theRuntimeMetricsPublishTheLatestRunAsGauges() {
        try (EventBus bus = new EventBus(); HmsMetrics metrics = new HmsMetrics(bus, new Guards(new ManualScheduler(), e -> { }))) {
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            metrics.bindTo(meters);
            metrics.record(gen("db", 1, 0.0, 20));
            metrics.record(gen("db", 2, 100.0, 40));
            metrics.record(gen("db", 3, 100.0, 60));

            assertThat(meters.get("hms.optimizer.convergence.evaluations").tag("component", "db").gauge().value())
                    .isEqualTo(40.0);
            assertThat(meters.get("hms.optimizer.convergence.generations").tag("component", "db").gauge().value())
                    .isEqualTo(2.0);
        }
    }
}
