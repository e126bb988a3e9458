package io.hms.prover.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.prover.spi.Theorem;
import io.hms.prover.spi.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    static final String HEADER = """
            ; id: %s
            ; family: test
            ; statement: a contradiction is refuted
            ; source: Aristotle, Metaphysics
            ; expected: proved
            """;

    @Test
    void theBuiltInCorpusHoldsAtLeastThirtyTheoremsAcrossFamilies() {
        Corpus corpus = Corpus.builtIn();

        assertThat(corpus.size()).isGreaterThanOrEqualTo(30);
        assertThat(corpus.families()).contains("general-equilibrium", "social-choice", "games", "mechanisms",
                "matching", "cooperative", "consumer");
        assertThat(corpus.tier(Tier.FULL)).isNotEmpty();
        assertThat(corpus.tier(Tier.QUICK).size() + corpus.tier(Tier.FULL).size()).isEqualTo(corpus.size());
        assertThat(corpus.theorems()).allSatisfy(t -> {
            assertThat(t.statement()).as(t.id()).hasSizeGreaterThan(20);
            assertThat(t.source()).as(t.id()).matches(".*\\d{4}.*"); // a year
            assertThat(t.encoding()).as(t.id()).contains("(assert").doesNotContain("(check-sat");
        });
        assertThat(corpus.theorems()).extracting(Theorem::expected).contains(Verdict.PROVED, Verdict.REFUTED);
        Theorem hello = corpus.theorem("equilibrium-hello").orElseThrow();
        assertThat(hello.encoding()).startsWith("(define-fun value2"); // the prelude, inlined
        assertThat(corpus.tier("equilibrium-hello")).isEqualTo(Tier.QUICK);
    }

    @Test
    void aDirectoryOfOnesOwnIsReadWithItsPreludesAndJoinsTheCorpus(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("preludes"));
        Files.writeString(root.resolve("preludes/logic.smt2"), "; prelude: logic\n(define-fun nand ((a Bool) (b Bool)) Bool"
                + " (not (and a b)))\n");
        Files.createDirectories(root.resolve("test"));
        Files.writeString(root.resolve("test/mine.smt2"), HEADER.formatted("mine") + "; prelude: logic\n; tier: full\n"
                + "(declare-const b Bool)\n(assert (not (nand b (not b))))\n");

        Corpus mine = Corpus.directory(root);
        Corpus both = Corpus.builtIn().with(mine);

        assertThat(mine.theorem("mine").orElseThrow().encoding()).contains("define-fun nand").contains("declare-const b");
        assertThat(both.tier("mine")).isEqualTo(Tier.FULL);
        assertThat(both.size()).isEqualTo(Corpus.builtIn().size() + 1);
        assertThatThrownBy(() -> both.with(mine)).hasMessageContaining("two theorems have the id 'mine'");
    }

    @Test
    void badFilesAreRefusedNamingTheFileAndTheFix() {
        Map<String, String> preludes = Map.of();
        assertThatThrownBy(() -> TheoremFile.parse("f/a.smt2", "; id: a\n(assert false)\n", preludes::get))
                .hasMessage("f/a.smt2: the header has no '; family: ...' line; add one before the first SMT-LIB line");
        assertThatThrownBy(() -> TheoremFile.parse("f/a.smt2", HEADER.formatted("a") + "(assert false)\n(check-sat)\n",
                preludes::get)).hasMessageStartingWith("f/a.smt2:7: '(check-sat' is added by the backends");
        assertThatThrownBy(() -> TheoremFile.parse("f/a.smt2", HEADER.formatted("a") + "; prelude: nope\n(assert false)\n",
                preludes::get)).hasMessageContaining("no prelude 'nope'");
        assertThatThrownBy(() -> TheoremFile.parse("f/a.smt2", HEADER.formatted("a").replace("proved", "true")
                + "(assert false)\n", preludes::get)).hasMessageContaining("neither 'proved'");
        assertThatThrownBy(() -> TheoremFile.parse("f/a.smt2", HEADER.formatted("a") + "(declare-const x Int)\n",
                preludes::get)).hasMessageContaining("no assertion");
        assertThatThrownBy(() -> TheoremFile.parse("f/a.smt2", HEADER.formatted("a") + "; version: two\n(assert false)\n",
                preludes::get)).hasMessageContaining("version 'two' is not a number");
    }

    @Test
    void aFileNamedOtherThanItsIdOrAnUnknownTierIsRefused(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("test"));
        Files.writeString(root.resolve("test/other.smt2"), HEADER.formatted("mine") + "(assert false)\n");
        assertThatThrownBy(() -> Corpus.directory(root)).hasMessageContaining("name the file mine.smt2");

        Files.writeString(root.resolve("test/other.smt2"), HEADER.formatted("other") + "; tier: slow\n(assert false)\n");
        assertThatThrownBy(() -> Corpus.directory(root)).hasMessageContaining("tier 'slow' is neither");
        assertThatThrownBy(() -> Corpus.directory(root.resolve("none"))).hasMessageContaining("is not a directory");
    }

    @Test
    void theWelfareGeneratorMakesInstancesOfAnySize() {
        Theorem small = WelfareGenerator.linear(2, 2, false);
        Theorem big = WelfareGenerator.linear(3, 4, true);

        assertThat(small.id()).isEqualTo("first-welfare-linear-gen-2x2");
        assertThat(big.id()).isEqualTo("first-welfare-linear-gen-3x4-numeraire");
        assertThat(big.encoding()).contains("(assert (= p1 1.0))").contains("y3_4");
        assertThat(big.expected()).isEqualTo(Verdict.PROVED);
        assertThatThrownBy(() -> WelfareGenerator.linear(1, 2, false)).hasMessageContaining("at least 2 agents");
        assertThat(List.of(small.family(), big.family())).containsOnly("general-equilibrium");
    }
}
