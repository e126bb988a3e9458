package io.hms.consensus.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.consensus.linearizability.Operation;
import io.hms.consensus.linearizability.Outcome;
import io.hms.consensus.linearizability.RegisterChecker;
import io.hms.consensus.linearizability.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Three node JVMs on loopback; clients write and read a register through them while the leader is
 * killed with SIGKILL and restarted, again and again. Afterwards every acknowledged write is on every
 * node in the order it was acknowledged, and the history of the register is linearizable.
 *
 * <p>The long run (60 kills) is off by default:
 * {@code mvn -B -ntp -pl hms-consensus -am verify -Dtest=none -Dit.test=KillTheLeaderTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dhms.longChaos=true}
 */
@Tag("multi-jvm")
class KillTheLeaderTest {

    private static final Logger LOG = LoggerFactory.getLogger(KillTheLeaderTest.class);

    @TempDir
    Path dir;
    ChaosCluster cluster;

    @AfterEach
    void killEveryNode() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void acknowledgedWritesSurviveTwentyLeaderKillsAndTheRegisterStaysLinearizable() throws Exception {
        runAndCheck(20);
    }

    @Test
    @EnabledIfSystemProperty(named = "hms.longChaos", matches = "true")
    void acknowledgedWritesSurviveSixtyLeaderKills() throws Exception {
        runAndCheck(60);
    }

    private void runAndCheck(int kills) throws Exception {
        cluster = new ChaosCluster(dir, 3).startAll();
        ChaosRun run = new ChaosRun(cluster);

        run.run(2, kills);
        List<List<String>> logs = run.convergedLogs();

        List<String> log = logs.getFirst();
        for (List<String> acks : run.acknowledged) {
            assertThat(acks).isNotEmpty();
            assertThat(log).as("every acknowledged write, in the order acknowledged").containsSubsequence(acks);
        }
        assertThat(log).as("no write applied twice").doesNotHaveDuplicates();
        List<Operation> history = run.history.operations();
        Verdict verdict = RegisterChecker.check(history);
        assertThat(verdict.linearizable()).as(verdict.explanation()).isTrue();
        assertThat(run.failovers).hasSize(kills);
        report(kills, run, history, log);
    }

    private static void report(int kills, ChaosRun run, List<Operation> history, List<String> log) {
        long unknown = history.stream().filter(o -> o.outcome() == Outcome.UNKNOWN).count();
        long reads = history.stream().filter(o -> o.kind() == Operation.Kind.READ).count();
        List<Long> millis = run.failovers.stream().map(Duration::toMillis).sorted().toList();
        LOG.info(String.format("chaos: %d leader kills, %d writes applied, %d operations checked (%d reads, %d unknown"
                        + " writes, %d reads lost); failover ms p50=%d max=%d", kills, log.size(), history.size(),
                reads, unknown, run.history.readsLost(), millis.get(millis.size() / 2), millis.getLast()));
    }
}
