package io.hms.prover.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** hms-prove as a user runs it: real worker processes, a store in a file. */
class ProveCommandTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = new CommandLine(new ProveCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void provesTheHelloLemmaAndPrintsItsRecordFromTheStore(@TempDir Path dir) {
        String store = dir.resolve("theorems").toString();

        assertThat(run("--theorem", "equilibrium-hello", "--store", store, "--agents", "1")).isZero();
        assertThat(run("-t", "equilibrium-hello", "-t", "condorcet-paradox", "--store", store, "--agents", "1")).isZero();

        assertThat(out.toString()).contains("equilibrium-hello v1  [general-equilibrium]  PROVED")
                .contains("unsat core [assert-")
                .contains("attempts   2 in the store") // the second run found the first's attempt
                .contains("condorcet-paradox v1  [social-choice]  REFUTED").contains("counter-model {")
                .contains("2 of 2 as expected");
    }

    @Test
    void evolvesAStrategyForAFamilyKeepsItAndProvesWithIt(@TempDir Path dir) {
        String store = dir.resolve("theorems").toString();

        assertThat(run("-t", "condorcet-paradox", "-t", "may-majority-3voters", "--evolve", "--generations", "1",
                "--store", store, "--agents", "2")).isZero();

        assertThat(out.toString()).contains("evolved for social-choice on 2 theorems: solves 2,")
                .contains("2 of 2 as expected").doesNotContain("strategy default");
    }

    @Test
    void listsTheCorpusAndRefusesWhatItDoesNotKnow(@TempDir Path dir) {
        assertThat(run("--list")).isZero();
        assertThat(out.toString()).contains("equilibrium-hello").contains("theorems in").contains(" full");

        assertThat(run("--theorem", "no-such-theorem", "--store", dir.resolve("s").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no theorem 'no-such-theorem' in the corpus; list them with --list");
        assertThat(run("--family", "astrology")).isEqualTo(2);
        assertThat(err.toString()).contains("no family 'astrology'; the families are [");
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("nothing to prove");
    }
}
