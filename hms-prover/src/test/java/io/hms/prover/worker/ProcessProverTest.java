package io.hms.prover.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.prover.spi.Budget;
import io.hms.prover.spi.ProofJob;
import io.hms.prover.spi.ProofProgress;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Worker processes for real: started, answering, killed when deaf, dead under a job. */
class ProcessProverTest {
    static final String CONTRADICTION = "(declare-const b Bool)\n(assert (and b (not b)))\n";
    static final Duration GRACE = Duration.ofSeconds(1);
    final List<ProofProgress> progress = new CopyOnWriteArrayList<>();
    /** Opens at the first progress: a job is running in the worker. */
    final CountDownLatch running = new CountDownLatch(1);
    ProcessProver prover;

    @AfterEach
    void close() {
        if (prover != null) {
            prover.close();
        }
    }

    ProcessProver prover(String backend) {
        prover = new ProcessProver(WorkerCommand.sameJvm(), backend, "agent-t", GRACE, p -> {
            progress.add(p);
            running.countDown();
        });
        return prover;
    }

    /** Whether a job ran within a deadline that holds on a loaded machine. */
    boolean awaitRunning() {
        try {
            return running.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static ProofJob job(String id, String statement, Duration wallTime) {
        return ProofJob.of(id, "t", statement, Strategy.backendDefault(), Budget.of(wallTime));
    }

    @Test
    void aWorkerProvesAndSaysWhoItIs() {
        ProcessProver z3 = prover("z3");

        ProofResult r = z3.prove(job("j1", CONTRADICTION, Duration.ofSeconds(10)));

        assertThat(r.verdict()).isEqualTo(Verdict.PROVED);
        assertThat(r.backend()).isEqualTo("z3");
        assertThat(z3.version()).isEqualTo("4.14.1");
        assertThat(z3.alive()).isTrue();
        assertThat(z3.pid()).isPositive().isNotEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void aSolverDeafToItsBudgetIsKilledAndTheNextJobGetsAFreshWorker() {
        ProcessProver chaos = prover("chaos");
        chaos.prove(job("warm", CONTRADICTION, Duration.ofSeconds(10)));
        long before = chaos.pid();

        ProofResult hung = chaos.prove(job("j2", CONTRADICTION + "; chaos: hang\n", Duration.ofMillis(1500)));

        assertThat(hung.verdict()).isEqualTo(Verdict.TIMED_OUT);
        assertThat(hung.detail()).contains("its process was killed");
        assertThat(progress).anySatisfy(p -> assertThat(p.jobId()).isEqualTo("j2")); // it spoke while it hung
        assertThat(ProcessHandle.of(before).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(chaos.prove(job("j3", CONTRADICTION, Duration.ofSeconds(10))).verdict()).isEqualTo(Verdict.PROVED);
        assertThat(chaos.pid()).isNotEqualTo(before);
    }

    @Test
    void aWorkerThatDiesUnderAJobIsACrashNamingItsExitCode() {
        ProcessProver chaos = prover("chaos");

        ProofResult r = chaos.prove(job("j4", CONTRADICTION + "; chaos: die\n", Duration.ofSeconds(10)));

        assertThat(r.verdict()).isEqualTo(Verdict.CRASHED);
        assertThat(ProcessProver.workerDied(r)).isTrue();
        assertThat(r.detail()).contains("exit code 137");
        assertThat(chaos.alive()).isFalse();
    }

    @Test
    void aWorkerKilledFromOutsideEndsItsJobAsACrash() throws Exception {
        ProcessProver chaos = prover("chaos");
        chaos.prove(job("warm", CONTRADICTION, Duration.ofSeconds(10)));
        Thread killer = Thread.ofPlatform().start(() -> {
            if (awaitRunning()) {
                chaos.kill();
            }
        });

        ProofResult r = chaos.prove(job("j5", CONTRADICTION + "; chaos: hang\n", Duration.ofSeconds(30)));
        killer.join();

        assertThat(r.verdict()).isEqualTo(Verdict.CRASHED);
        assertThat(ProcessProver.workerDied(r)).isTrue();
    }

    @Test
    void resetAnswersAndAWorkerThatCannotStartIsNamed() {
        ProcessProver z3 = prover("z3");
        z3.reset();
        assertThat(z3.alive()).isTrue();
        long pid = z3.pid();
        z3.reset();
        assertThat(z3.pid()).isEqualTo(pid); // answered: the same worker goes on

        ProcessProver none = new ProcessProver(WorkerCommand.sameJvm(), "no-such-backend", "agent-x", GRACE, p -> { });
        assertThatThrownBy(none::version).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no prover for backend 'no-such-backend'");
    }

    @Test
    void anInterruptedCallerKillsTheWorker() throws Exception {
        ProcessProver chaos = prover("chaos");
        chaos.prove(job("warm", CONTRADICTION, Duration.ofSeconds(10)));
        long pid = chaos.pid();
        Thread caller = Thread.currentThread();
        Thread interrupter = Thread.ofPlatform().start(() -> {
            if (awaitRunning()) {
                caller.interrupt();
            }
        });

        assertThatThrownBy(() -> chaos.prove(job("j6", CONTRADICTION + "; chaos: hang\n", Duration.ofSeconds(30))))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        interrupter.join();
        assertThat(Thread.interrupted()).isTrue();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }
}
