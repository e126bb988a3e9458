package io.hms.core.chaos.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.core.chaos.ChaosDisabledException;
import io.hms.core.chaos.ChaosFixture;
import io.hms.core.chaos.ChaosOptions;
import io.hms.core.chaos.fault.ErrorFault;
import io.hms.core.chaos.fault.InjectedFailureException;
import io.hms.core.chaos.fault.LatencyFault;
import io.hms.core.chaos.fault.NodeKillFault;
import io.hms.core.event.EventBus;
import io.hms.core.guard.Guard;
import io.hms.core.time.Cancellable;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The experiment logic on a manual clock: the test plays the system, the run judges it. */
class ExperimentRunTest {

    private final ChaosFixture f = new ChaosFixture();
    private final FakeView view = new FakeView(f.guards);
    private final EventBus bus = new EventBus();
    private final Experiments experiments = new Experiments(f.chaos, view, f.time, bus);
    private final Guard db = f.guards.guard("db");

    @AfterEach
    void close() {
        experiments.close();
        bus.close();
        f.close();
    }

    private static Experiment.Builder errorsUntilRepaired() {
        return Experiment.named("errors-db").faultUntilRepaired(new ErrorFault("db", 1.0), Duration.ofSeconds(5))
                .steadyState(new SteadyState(0.01, Duration.ofMillis(200), Duration.ofMillis(500)))
                .expect(Expectations.recoveredWithin(Duration.ofSeconds(1)).detectedWithin(Duration.ofMillis(200)))
                .deadline(Duration.ofSeconds(10));
    }

    /** Advances the clock in 10 ms steps, calling the guard once per step. */
    private void traffic(long millis) {
        for (long t = 0; t < millis; t += 10) {
            db.call(() -> "ok");
            f.time.advance(Duration.ofMillis(10));
        }
    }

    @Test
    void aDetectedAndRepairedFaultPassesWithItsFigures() {
        f.guards.control().fallback("db", cause -> "fallback");
        CompletableFuture<ExperimentReport> run = experiments.run(errorsUntilRepaired().build());

        traffic(500);                                   // steady state; injected at the 500 ms tick
        assertThat(f.chaos.active()).hasSize(1);
        traffic(100);
        view.settled = false;                           // the monitor noticed
        traffic(200);
        f.chaos.healthInterceptor().repairRan("db", "resetPool", 1);
        traffic(100);
        view.settled = true;
        traffic(600);                                   // steady state again

        ExperimentReport report = run.join();
        assertThat(report.outcome()).as(report.summary()).isEqualTo(ExperimentReport.Outcome.PASSED);
        assertThat(report.results()).extracting(ExpectationResult::expectation).containsExactly(
                "steady state before (error rate < 1.0%, p99 < 200 ms)", "detected within 200 ms",
                "recovered within 1000 ms", "at most 0 calls lost", "fault reverted by its deadline + 1 s",
                "steady state after (error rate < 1.0%, p99 < 200 ms)");
        assertThat(report.figures().detection()).contains(Duration.ofMillis(110));
        assertThat(report.figures().recovery()).contains(Duration.ofMillis(300));
        assertThat(report.figures().faultActive()).contains(Duration.ofMillis(300));
        assertThat(report.figures().lostCalls()).isZero();
        assertThat(experiments.reports()).containsExactly(report);
    }

    @Test
    void attemptsBegunUnderTheFaultAreNotJudgedAsTheRecoveredSystems() {
        assertThat(repairedThenInFlightFailuresFor(Duration.ofMillis(200), Duration.ofMillis(300)).outcome())
                .as("failures ending while the attempts drain").isEqualTo(ExperimentReport.Outcome.PASSED);
    }

    @Test
    void failuresAfterTheDrainFailTheSteadyStateAfter() {
        ExperimentReport report = repairedThenInFlightFailuresFor(Duration.ofMillis(200), Duration.ZERO);

        assertThat(report.outcome()).isEqualTo(ExperimentReport.Outcome.FAILED);
        assertThat(report.results()).filteredOn(r -> !r.passed()).extracting(ExpectationResult::expectation)
                .containsExactly("steady state after (error rate < 1.0%, p99 < 200 ms)");
    }

    @Test
    void theSteadyStateAfterWaitsForTheComponentToSettleAgainAfterTheDrain() {
        CompletableFuture<ExperimentReport> run = detectedAndRepaired(Duration.ofMillis(300));
        traffic(100);
        view.settled = false;                           // upset again while the attempts drain
        traffic(9_300);                                 // never settles: the deadline ends the run

        ExperimentReport report = run.join();
        assertThat(report.outcome()).isEqualTo(ExperimentReport.Outcome.ABORTED);
        assertThat(report.reason()).isEqualTo("deadline of 10000 ms reached while drain");
        assertThat(f.chaos.active()).isEmpty();
    }

    /** A run whose fault is detected and repaired, with the component settled again just now. */
    private CompletableFuture<ExperimentReport> detectedAndRepaired(Duration drain) {
        f.guards.control().fallback("db", cause -> "fallback");
        view.inFlightDrain = drain;
        CompletableFuture<ExperimentReport> run = experiments.run(errorsUntilRepaired().build());
        traffic(600);
        view.settled = false;
        traffic(100);
        f.chaos.healthInterceptor().repairRan("db", "resetPool", 1);
        view.settled = true;
        return run;
    }

    /** A repaired fault, then {@code failing} of failed calls right after the component settled. */
    private ExperimentReport repairedThenInFlightFailuresFor(Duration failing, Duration drain) {
        CompletableFuture<ExperimentReport> run = detectedAndRepaired(drain);
        for (long t = 0; t < failing.toMillis(); t += 10) {
            db.call(() -> {
                throw new IllegalStateException("an attempt begun under the fault times out");
            });
            f.time.advance(Duration.ofMillis(10));
        }
        traffic(900);
        return run.join();
    }

    @Test
    void aNodeKillWithoutACoordinatorThatSupportsItIsAbortedNamingTheFix() {
        CompletableFuture<ExperimentReport> run = experiments.run(Experiment.named("node-kill").watching("db")
                .fault(new NodeKillFault(), Duration.ofSeconds(3))
                .expect(Expectations.recoveredWithin(Duration.ofSeconds(5))).deadline(Duration.ofSeconds(10)).build());

        traffic(510);

        ExperimentReport report = run.join();
        assertThat(report.outcome()).isEqualTo(ExperimentReport.Outcome.ABORTED);
        assertThat(report.reason()).contains("the fault could not be injected", "a coordinator that offers cluster faults");
        assertThat(f.chaos.active()).isEmpty();
    }

    @Test
    void aLateDetectionFailsThatExpectationOnly() {
        f.guards.control().fallback("db", cause -> "fallback");
        CompletableFuture<ExperimentReport> run = experiments.run(errorsUntilRepaired()
                .expect(Expectations.recoveredWithin(Duration.ofSeconds(1)).detectedWithin(Duration.ofMillis(50)))
                .build());

        traffic(600);
        view.settled = false;
        traffic(100);
        f.chaos.healthInterceptor().repairRan("db", "resetPool", 1);
        view.settled = true;
        traffic(600);

        ExperimentReport report = run.join();
        assertThat(report.outcome()).isEqualTo(ExperimentReport.Outcome.FAILED);
        assertThat(report.results()).filteredOn(r -> !r.passed()).extracting(ExpectationResult::toString)
                .containsExactly("FAIL detected within 50 ms: detected after 110 ms");
    }

    @Test
    void leavingTheBlastRadiusAbortsAndRevertsTheFault() {
        CompletableFuture<ExperimentReport> run = experiments.run(errorsUntilRepaired()
                .blastRadius(new BlastRadius(3, true)).build());
        traffic(500);

        for (int i = 0; i < 5 && !run.isDone(); i++) {
            assertThatThrownBy(() -> db.call(() -> "ok")).isInstanceOf(InjectedFailureException.class);
            f.time.advance(Duration.ofMillis(10));
        }

        ExperimentReport report = run.join();
        assertThat(report.outcome()).isEqualTo(ExperimentReport.Outcome.ABORTED);
        assertThat(report.reason()).isEqualTo("blast radius: 4 calls lost, more than 3");
        assertThat(f.chaos.active()).isEmpty();
        assertThat(f.chaosLines()).last().asString().endsWith("experiment aborted");
    }

    @Test
    void anotherComponentGoingDownAbortsTheRun() {
        f.guards.control().fallback("db", cause -> "fallback");
        CompletableFuture<ExperimentReport> run = experiments.run(errorsUntilRepaired().build());
        traffic(500);
        view.down = Set.of("payments");
        traffic(10);

        assertThat(run.join().reason()).isEqualTo("blast radius: [payments] went DOWN");
        assertThat(f.chaos.active()).isEmpty();
    }

    @Test
    void aRunNeverOutlivesItsDeadline() {
        CompletableFuture<ExperimentReport> run = experiments.run(errorsUntilRepaired().build());
        view.settled = false; // never recovers

        f.time.advance(Duration.ofSeconds(10));

        ExperimentReport report = run.join();
        assertThat(report.outcome()).isEqualTo(ExperimentReport.Outcome.ABORTED);
        assertThat(report.reason()).isEqualTo("deadline of 10000 ms reached while fault");
        assertThat(f.chaos.active()).isEmpty();
        assertThat(f.time.pendingTasks()).as("the run's timers are cancelled").isEqualTo(1); // the guard watchdog
    }

    @Test
    void aSystemNotSteadyBeforehandIsNotBroken() {
        CompletableFuture<ExperimentReport> run = experiments.run(errorsUntilRepaired().build());
        for (int i = 0; i < 50; i++) {
            try {
                db.call(() -> {
                    throw new IllegalStateException("already broken");
                });
            } catch (IllegalStateException expected) {
                // the system is failing on its own
            }
            f.time.advance(Duration.ofMillis(10));
        }

        ExperimentReport report = run.join();
        assertThat(report.outcome()).isEqualTo(ExperimentReport.Outcome.ABORTED);
        assertThat(report.reason()).startsWith("steady state did not hold before injection: 50 calls, 100.0% errors");
        assertThat(f.chaosLines()).isEmpty();
    }

    @Test
    void oneExperimentAtATimeAndNoneWhileChaosIsDisabled() {
        experiments.run(errorsUntilRepaired().build());
        assertThatThrownBy(() -> experiments.run(errorsUntilRepaired().build()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another");
        try (ChaosFixture off = new ChaosFixture(ChaosOptions.disabled());
             Experiments none = new Experiments(off.chaos, view, off.time, bus)) {
            assertThatThrownBy(() -> none.run(errorsUntilRepaired().build()))
                    .isInstanceOf(ChaosDisabledException.class);
        }
    }

    @Test
    void closingAbortsTheRunningExperimentAndRevertsItsFault() {
        f.guards.control().fallback("db", cause -> "fallback");
        CompletableFuture<ExperimentReport> run = experiments.run(errorsUntilRepaired().build());
        traffic(600);
        assertThat(f.chaos.active()).hasSize(1);

        experiments.close();

        assertThat(run.join().outcome()).isEqualTo(ExperimentReport.Outcome.ABORTED);
        assertThat(run.join().reason()).isEqualTo("closed");
        assertThat(f.chaos.active()).isEmpty();
        assertThatThrownBy(() -> experiments.run(errorsUntilRepaired().build()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void aScheduledExperimentRunsEachPeriod() {
        Experiment slow = Experiment.named("slow-db").fault(new LatencyFault("db", Duration.ofMillis(1), 1.0),
                Duration.ofSeconds(2)).expect(Expectations.recoveredWithin(Duration.ofSeconds(1)))
                .deadline(Duration.ofSeconds(7)).build();
        Cancellable schedule = experiments.schedule(slow, Duration.ofSeconds(20));

        f.time.advance(Duration.ofSeconds(20));
        traffic(7_000);
        schedule.cancel();

        assertThat(experiments.reports()).hasSize(1);
        ExperimentReport report = experiments.reports().get(0);
        assertThat(report.outcome()).as(report.summary()).isEqualTo(ExperimentReport.Outcome.PASSED);
        assertThat(report.figures().faultActive()).contains(Duration.ofSeconds(2));
        assertThat(report.figures().detection()).isEmpty();
        assertThat(report.figures().during().p99()).isEqualTo(Duration.ofMillis(1));
    }
}
