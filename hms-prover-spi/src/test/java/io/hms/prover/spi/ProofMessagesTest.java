package io.hms.prover.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Proof messages written and read back, a result stored in format 1 read today, and what is refused. */
class ProofMessagesTest {

    private static final Strategy STRATEGY = new Strategy("exchange-smt", List.of(
            new Strategy.Step("simplify", Map.of(), 0.2), new Strategy.Step("smt", Map.of("arith.solver", "6"), 0.8)));

    @Test
    void everyKindOfMessageReadsBackEqual() {
        List<ProofMsg> messages = List.of(
                ProofJob.of("job-1", "walras-law-2x2", "(assert (not (= (+ x 1) (+ 1 x))))", STRATEGY,
                        new Budget(Duration.ofSeconds(10), 5_000_000)),
                ProofJob.of("job-2", "walras-law-2x2", "(assert false)", STRATEGY.then(0.5, new Strategy("nlsat",
                        List.of(new Strategy.Step("qfnra-nlsat", Map.of(), 1.0)))), Budget.of(Duration.ofSeconds(1))),
                ProofProgress.of("job-1", "prover-2", Duration.ofMillis(1500), "step 2 of 2: smt"),
                new ProofResult(ProofMsg.FORMAT, "job-1", "walras-law-2x2", Verdict.PROVED, Duration.ofMillis(42), 1234,
                        "z3", "4.14.1", STRATEGY, new Evidence(List.of("budget", "market-clears"), "", Map.of()), ""));

        for (ProofMsg message : messages) {
            String json = ProofMessages.write(message);
            assertThat(json).doesNotContain("\n");
            assertThat(ProofMessages.read(json)).isEqualTo(message);
        }
    }

    @Test
    void aResultStoredInFormatOneReadsWithEveryField() throws IOException {
        String stored;
        try (InputStream in = getClass().getResourceAsStream("result-format-1.json")) {
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        ProofResult result = (ProofResult) ProofMessages.read(stored);

        assertThat(result.verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(result.settled()).isTrue();
        assertThat(result.time()).isEqualTo(Duration.ofMillis(250));
        assertThat(result.resourceCount()).isEqualTo(48_213);
        assertThat(result.backendVersion()).isEqualTo("4.14.1");
        assertThat(result.strategy()).isEqualTo(STRATEGY);
        assertThat(result.evidence().model()).containsEntry("p2", "(/ 1 2)");
        assertThat(result.evidence().unsatCore()).isEmpty();
    }

    @Test
    void aMessageOfANewerFormatOrNoMessageIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ProofMessages.read("{\"kind\":\"progress\",\"format\":2,\"jobId\":\"j\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format 2, newer than the 1");
        assertThatThrownBy(() -> ProofMessages.read("{\"jobId\":\"j\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no format");
        assertThatThrownBy(() -> ProofMessages.read("{\"kind\":\"rumour\",\"format\":1}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a proof message");
        assertThatThrownBy(() -> ProofMessages.read("not json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a proof message");
    }

    @Test
    void strategiesBudgetsAndTheoremsRefuseWhatCannotBe() {
        assertThatThrownBy(() -> new Strategy("greedy", List.of(new Strategy.Step("a", Map.of(), 0.7),
                new Strategy.Step("b", Map.of(), 0.7)))).hasMessageContaining("add up to at most 1");
        assertThatThrownBy(() -> new Strategy.Step("a", Map.of(), 0)).hasMessageContaining("(0, 1]");
        assertThat(Strategy.backendDefault().isDefault()).isTrue();
        assertThat(STRATEGY.isDefault()).isFalse();
        assertThatThrownBy(() -> Budget.of(Duration.ZERO)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new Budget(Duration.ofSeconds(1), -1)).hasMessageContaining("resourceLimit");
        assertThatThrownBy(() -> new Theorem("t", 0, "games", "s", "src", Verdict.PROVED, "(check-sat)"))
                .hasMessageContaining("starts at 1");
        assertThatThrownBy(() -> new Theorem("t", 1, "games", "s", "src", Verdict.UNKNOWN, "(check-sat)"))
                .hasMessageContaining("PROVED or REFUTED");
        assertThat(Evidence.counterModel(Map.of("x", "1")).model()).containsEntry("x", "1");
        assertThat(new ProofResult(1, "j", "t", Verdict.TIMED_OUT, Duration.ofSeconds(1), 0, "z3", "4", STRATEGY,
                null, null).settled()).isFalse();
    }
}
