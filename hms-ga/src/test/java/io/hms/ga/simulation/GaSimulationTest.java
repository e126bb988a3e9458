package io.hms.ga.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.ga.GuardTuner;
import io.hms.ga.OptimizerAgentOptions;
import io.hms.ga.TuningVerdict;
import io.hms.ga.workload.RecordedTraces;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A short, seeded optimizer run on traces recorded from live dependencies, in every build: the winner's
 * predicted score must not fall below the score stored in {@code ga-simulation-baseline.properties}, so a
 * change that weakens the optimizer fails the build. The run is deterministic, so the score is exact; a
 * change that strengthens the optimizer, or changes the model on purpose, records the new scores with
 * {@code mvn -pl hms-ga verify -Dtest=GaSimulationTest -Dhms.ga.simulation.record=true} (written to
 * {@code src/test/resources}), reviewed like any other change.
 */
class GaSimulationTest {

    private static final Path BASELINE = Path.of("src/test/resources/ga-simulation-baseline.properties");
    private static final OptimizerAgentOptions SHORT_RUN = OptimizerAgentOptions.builder().evaluationBudget(160)
            .populationSize(12).randomSeed(11).build();

    /** The Resilience4j-like start the traces were recorded under. */
    private static ComponentPolicy start() {
        return ComponentPolicy.defaults().withGuard(RecordedTraces.recordingPolicy());
    }

    @ParameterizedTest
    @ValueSource(strings = {"overload-train", "error-bursts-train", "outage-train", "degradation-train"})
    void theWinnerScoresNoLowerThanTheStoredBaseline(String trace) throws IOException {
        TuningVerdict verdict = GuardTuner.of(SHORT_RUN).tune(RecordedTraces.load(trace), start(),
                PolicySpace.defaults());

        assertThat(verdict.proposed()).as("the start is far from good on %s", trace).isTrue();
        assertThat(verdict.candidateScore()).isGreaterThan(verdict.currentScore());
        if (Boolean.getBoolean("hms.ga.simulation.record")) {
            record(trace, verdict.candidateScore());
            return;
        }
        double baseline = Double.parseDouble(baseline().getProperty(trace, "NaN"));
        assertThat(baseline).as("a stored baseline for %s; record one with -Dhms.ga.simulation.record=true", trace)
                .isNotNaN();
        assertThat(verdict.candidateScore()).as("winner's score on %s against the stored baseline", trace)
                .isGreaterThanOrEqualTo(baseline - 1e-9);
    }

    private static Properties baseline() throws IOException {
        Properties p = new Properties();
        try (InputStream in = GaSimulationTest.class.getResourceAsStream("/ga-simulation-baseline.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return p;
    }

    private static synchronized void record(String trace, double score) throws IOException {
        Properties p = new Properties();
        if (Files.exists(BASELINE)) {
            try (InputStream in = Files.newInputStream(BASELINE)) {
                p.load(in);
            }
        }
        p.setProperty(trace, Double.toString(score));
        try (OutputStream out = Files.newOutputStream(BASELINE)) {
            p.store(out, "the winner's predicted score per recorded trace (GaSimulationTest)");
        }
    }
}
