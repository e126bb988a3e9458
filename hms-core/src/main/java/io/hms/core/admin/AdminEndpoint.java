package io.hms.core.admin;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** A running admin API: where it listens and where its generated token is; closed with the runtime. */
public interface AdminEndpoint extends AutoCloseable {

    /** The base address, such as {@code http://127.0.0.1:8711/hms/}. */
    URI uri();

    /** The file holding the token that was generated because the host gave none; empty when the host gave one. */
    Optional<Path> tokenFile();

    /** Stops serving; idempotent. */
    @Override
    void close();
}
