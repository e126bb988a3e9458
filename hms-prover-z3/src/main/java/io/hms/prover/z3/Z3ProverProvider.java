package io.hms.prover.z3;

import io.hms.prover.spi.Prover;
import io.hms.prover.spi.ProverProvider;
import java.util.Optional;

/**
 * Makes {@link Z3Prover}s; registered for {@link java.util.ServiceLoader}. Z3's native libraries come inside
 * the {@code z3-turnkey} jar for Linux, macOS and Windows, so nothing needs installing; this provider says so
 * when they cannot be loaded here.
 */
public final class Z3ProverProvider implements ProverProvider {
    /** The backend's name. */
    public static final String BACKEND = "z3";

    @Override
    public String backend() {
        return BACKEND;
    }

    @Override
    public Optional<String> unavailable() {
        try {
            Z3Prover.nativeVersion();
            return Optional.empty();
        } catch (LinkageError | RuntimeException e) {
            return Optional.of("Z3's native library does not load here (" + e
                    + "); z3-turnkey 4.14.1 carries it for glibc 2.31+ on x86-64 and aarch64 Linux, macOS and Windows");
        }
    }

    @Override
    public Prover create() {
        return new Z3Prover();
    }
}
