package io.hms.core.admin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * How the admin API serves: address, token and limits. Off unless a host passes options to
 * {@code Hms.builder().admin(..)} or sets {@code -Dhms.admin.port=}. Loopback ({@code 127.0.0.1}) by default;
 * binding another address is an explicit choice the log states.
 *
 * <p>Every request carries {@code Authorization: Bearer <token>}. Without a token given here, a random one is
 * generated at start and written to a file only the owner can read ({@link #tokenFile}, or a new file in the
 * temporary directory), whose path is logged. Reads on a loopback address may be opened to anyone who can
 * reach it ({@link Builder#anonymousLoopbackReads}); mutations always need the token.
 *
 * @param port                   the TCP port, 0 for any free one
 * @param bindAddress            the address to listen on
 * @param token                  the bearer token, or empty to generate one
 * @param tokenFile              where to write a generated token, or empty for a new temporary file
 * @param anonymousLoopbackReads whether reads need no token when the address is a loopback one
 * @param maxBodyBytes           the largest request body accepted (413 beyond)
 * @param eventRing              how many recent events a reconnecting stream client can catch up on
 * @param clientQueue            how many events wait for one slow stream client before it is dropped
 */
public record AdminOptions(int port, InetAddress bindAddress, Optional<String> token, Optional<Path> tokenFile,
                           boolean anonymousLoopbackReads, int maxBodyBytes, int eventRing, int clientQueue) {

    /** The system property that turns the admin API on at a port: {@code -Dhms.admin.port=8711}. */
    public static final String PORT_PROPERTY = "hms.admin.port";
    /** The system property naming the address to bind: {@code -Dhms.admin.bind=0.0.0.0}. */
    public static final String BIND_PROPERTY = "hms.admin.bind";
    /** The system property naming the token file: {@code -Dhms.admin.tokenFile=/run/hms/token}. */
    public static final String TOKEN_FILE_PROPERTY = "hms.admin.tokenFile";

    /** Validates. */
    public AdminOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("admin port must be in [0, 65535] (0 for any free one), got " + port);
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(tokenFile, "tokenFile");
        token.ifPresent(t -> {
            if (t.length() < 16 || t.chars().anyMatch(c -> c <= ' ' || c > '~')) {
                throw new IllegalArgumentException("the admin token must be at least 16 printable ASCII characters"
                        + " without spaces; leave it out to have one generated");
            }
        });
        if (maxBodyBytes < 1_024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024, got " + maxBodyBytes);
        }
        if (eventRing < 1 || clientQueue < 1) {
            throw new IllegalArgumentException("eventRing and clientQueue must be positive, got " + eventRing
                    + " and " + clientQueue);
        }
    }

    /** Loopback, any free port, a generated token. */
    public static AdminOptions defaults() {
        return builder().build();
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The options that {@code -Dhms.admin.port=} (with {@code hms.admin.bind} and {@code hms.admin.tokenFile})
     * asks for, or empty when the port property is not set.
     *
     * @throws IllegalArgumentException naming the property when a value is not valid
     */
    public static Optional<AdminOptions> fromProperties(Properties properties) {
        String port = properties.getProperty(PORT_PROPERTY);
        if (port == null || port.isBlank()) {
            return Optional.empty();
        }
        Builder b = builder();
        try {
            b.port(Integer.parseInt(port.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PORT_PROPERTY + "=" + port + " is not a port number; give one"
                    + " in [0, 65535]", e);
        }
        String bind = properties.getProperty(BIND_PROPERTY);
        if (bind != null && !bind.isBlank()) {
            try {
                b.bindAddress(InetAddress.getByName(bind.trim()));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("-D" + BIND_PROPERTY + "=" + bind + " is not an address of this"
                        + " host; give an IP address such as 127.0.0.1", e);
            }
        }
        String file = properties.getProperty(TOKEN_FILE_PROPERTY);
        if (file != null && !file.isBlank()) {
            b.tokenFile(Path.of(file.trim()));
        }
        return Optional.of(b.build());
    }

    /** Whether the address is a loopback one, reachable only from this machine. */
    public boolean loopback() {
        return bindAddress.isLoopbackAddress();
    }

    /** Builds {@link AdminOptions}. */
    public static final class Builder {
        private int port;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private Optional<String> token = Optional.empty();
        private Optional<Path> tokenFile = Optional.empty();
        private boolean anonymousLoopbackReads;
        private int maxBodyBytes = 64 * 1_024;
        private int eventRing = 1_024;
        private int clientQueue = 1_024;

        private Builder() {
        }

        /** The TCP port, 0 (the default) for any free one. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** The address to listen on; loopback by default. Another one is logged as a warning at start. */
        public Builder bindAddress(InetAddress value) {
            this.bindAddress = Objects.requireNonNull(value, "bindAddress");
            return this;
        }

        /** The bearer token every request must carry, at least 16 printable characters; generated if not set. */
        public Builder token(String value) {
            this.token = Optional.of(Objects.requireNonNull(value, "token"));
            return this;
        }

        /** Where to write a generated token (owner-only permissions); a new temporary file if not set. */
        public Builder tokenFile(Path value) {
            this.tokenFile = Optional.of(Objects.requireNonNull(value, "tokenFile"));
            return this;
        }

        /** Lets reads through without a token when the address is a loopback one; off by default. */
        public Builder anonymousLoopbackReads(boolean value) {
            this.anonymousLoopbackReads = value;
            return this;
        }

        /** The largest request body accepted; 64 KiB by default. */
        public Builder maxBodyBytes(int value) {
            this.maxBodyBytes = value;
            return this;
        }

        /** How many recent events a reconnecting stream client can catch up on; 1024 by default. */
        public Builder eventRing(int value) {
            this.eventRing = value;
            return this;
        }

        /**
         * How many events may wait for one stream client before it is dropped; 1,024 by default, as deep as the
         * default ring, so a dropped client that reconnects at once still finds what it missed.
         */
        public Builder clientQueue(int value) {
            this.clientQueue = value;
            return this;
        }

        /** The options. */
        public AdminOptions build() {
            return new AdminOptions(port, bindAddress, token, tokenFile, anonymousLoopbackReads, maxBodyBytes,
                    eventRing, clientQueue);
        }
    }
}
