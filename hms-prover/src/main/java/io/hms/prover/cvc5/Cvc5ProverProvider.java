package io.hms.prover.cvc5;

import io.hms.prover.spi.Prover;
import io.hms.prover.spi.ProverProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Makes {@link Cvc5Prover}s over the {@code cvc5} binary found on the {@code PATH} (or named by the system
 * property {@code hms.prover.cvc5}); registered for {@link java.util.ServiceLoader}.
 */
public final class Cvc5ProverProvider implements ProverProvider {
    /** The backend's name. */
    public static final String BACKEND = "cvc5";

    @Override
    public String backend() {
        return BACKEND;
    }

    @Override
    public Optional<String> unavailable() {
        return binary().isPresent() ? Optional.empty()
                : Optional.of("no cvc5 binary on the PATH; install it (Debian: apt-get install cvc5) or name it with "
                        + "-Dhms.prover.cvc5=/path/to/cvc5");
    }

    @Override
    public Prover create() {
        return new Cvc5Prover(binary().orElseThrow(() -> new IllegalStateException(unavailable().orElseThrow())));
    }

    static Optional<Path> binary() {
        String named = System.getProperty("hms.prover.cvc5");
        if (named != null) {
            Path path = Path.of(named);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, "cvc5");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
