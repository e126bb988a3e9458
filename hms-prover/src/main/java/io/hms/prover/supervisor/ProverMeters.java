package io.hms.prover.supervisor;

import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Theorem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The prover's meters, under {@code hms.prover}: results by verdict, family, backend and strategy
 * ({@code hms.prover.proofs}), their time ({@code hms.prover.proof.time}) and resource count
 * ({@code hms.prover.resource.count}), jobs handed to another agent ({@code hms.prover.requeued}), backends
 * that disagreed ({@code hms.prover.disagreements}), strategies replaced for a family
 * ({@code hms.prover.strategy.replaced}), and agents healthy now ({@code hms.prover.agents.healthy}); each
 * agent's own health, breaker and incidents are HMS's meters of its component.
 */
final class ProverMeters {
    private final MeterRegistry registry;

    ProverMeters(MeterRegistry registry, Supplier<Number> healthyAgents) {
        this.registry = registry;
        registry.gauge("hms.prover.agents.healthy", List.of(), healthyAgents,
                s -> s.get().doubleValue());
    }

    void result(Theorem theorem, ProofResult result) {
        Counter.builder("hms.prover.proofs").description("proof attempts by how they ended")
                .tag("verdict", result.verdict().name().toLowerCase(Locale.ROOT))
                .tag("family", theorem.family()).tag("backend", result.backend())
                .tag("strategy", result.strategy().name()).register(registry).increment();
        Timer.builder("hms.prover.proof.time").description("wall time of proof attempts")
                .tag("verdict", result.verdict().name().toLowerCase(Locale.ROOT))
                .tag("backend", result.backend()).register(registry).record(result.time());
        DistributionSummary.builder("hms.prover.resource.count").description("the backend's resource count per attempt")
                .tag("backend", result.backend()).register(registry).record(result.resourceCount());
    }

    void requeued() {
        registry.counter("hms.prover.requeued").increment();
    }

    void disagreement(Theorem theorem) {
        registry.counter("hms.prover.disagreements", "family", theorem.family()).increment();
    }

    void strategyReplaced(String agent, String family) {
        registry.counter("hms.prover.strategy.replaced", "agent", agent, "family", family).increment();
    }
}
