package io.hms.prover.worker;

import io.hms.prover.spi.ProofJob;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Prover;
import io.hms.prover.spi.ProverProvider;
import io.hms.prover.spi.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A test backend, {@code chaos}: Z3 underneath, misbehaving where a job's statement says so. {@code ; chaos: hang}
 * spins forever, deaf to interrupts and budgets; {@code ; chaos: die} halts the process mid-proof;
 * {@code ; chaos: die-once <file>} halts it only when the file does not exist yet (and makes it), so the job's
 * next attempt succeeds; {@code ; chaos: slow <ms>} takes that long first. The system property
 * {@code hms.chaos=hang} makes every job hang, the health check's trivial query included.
 */
public final class ChaosProverProvider implements ProverProvider {
    @Override
    public String backend() {
        return "chaos";
    }

    @Override
    public Optional<String> unavailable() {
        return Optional.empty();
    }

    @Override
    public Prover create() {
        ProverProvider z3 = ServiceLoader.load(ProverProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.backend().equals("z3")).findFirst().orElseThrow();
        return new Chaos(z3.create());
    }

    private record Chaos(Prover z3) implements Prover {
        @Override
        public String backend() {
            return "chaos";
        }

        @Override
        public String version() {
            return z3.version();
        }

        @Override
        public ProofResult prove(ProofJob job) {
            String s = job.statement();
            if (s.contains("; chaos: hang") || "hang".equals(System.getProperty("hms.chaos"))) {
                long spins = 0;
                while (spins >= 0) {
                    spins++;
                    Thread.onSpinWait();
                }
            }
            if (s.contains("; chaos: die\n")) {
                Runtime.getRuntime().halt(137);
            }
            int once = s.indexOf("; chaos: die-once ");
            if (once >= 0) {
                Path marker = Path.of(s.substring(once + "; chaos: die-once ".length()).lines().findFirst().orElseThrow());
                if (!Files.exists(marker)) {
                    try {
                        Files.createFile(marker);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    Runtime.getRuntime().halt(137);
                }
            }
            int slow = s.indexOf("; chaos: slow ");
            if (slow >= 0) {
                long ms = Long.parseLong(s.substring(slow + "; chaos: slow ".length()).lines().findFirst().orElseThrow());
                try {
                    Thread.sleep(ms);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return z3.prove(job);
        }

        @Override
        public String render(Strategy strategy) {
            return z3.render(strategy);
        }

        @Override
        public void reset() {
            z3.reset();
        }

        @Override
        public void close() {
            z3.close();
        }
    }
}
