package io.hms.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The bearer token: given by the host or generated into an owner-only file (deleted when the server stops),
 * compared in constant time.
 */
final class Tokens {

    private final byte[] token;
    private final String id;
    private final Optional<Path> file;

    private Tokens(String token, Optional<Path> file) {
        this.token = token.getBytes(StandardCharsets.US_ASCII);
        this.id = idOf(this.token);
        this.file = file;
    }

    /** The host's token. */
    static Tokens given(String token) {
        return new Tokens(token, Optional.empty());
    }

    /** A random token written to {@code file}, or to a new temporary file, readable and writable by the owner only. */
    static Tokens generated(Optional<Path> file) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path path = write(token, file);
        return new Tokens(token, Optional.of(path));
    }

    private static Path write(String token, Optional<Path> file) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        try {
            Path path;
            if (file.isPresent()) {
                path = file.get().toAbsolutePath();
                Files.deleteIfExists(path); // created afresh, so no earlier, wider permissions survive
                if (path.getParent() != null) {
                    Files.createDirectories(path.getParent());
                }
                path = posix ? Files.createFile(path, PosixFilePermissions.asFileAttribute(ownerOnly))
                        : Files.createFile(path);
            } else {
                path = posix ? Files.createTempFile("hms-admin-", ".token",
                        PosixFilePermissions.asFileAttribute(ownerOnly)) : Files.createTempFile("hms-admin-", ".token");
            }
            if (!posix) {
                path.toFile().setReadable(false, false);
                path.toFile().setReadable(true, true);
                path.toFile().setWritable(true, true);
            }
            Files.writeString(path, token + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the admin token file " + file.map(Path::toString)
                    .orElse("in " + System.getProperty("java.io.tmpdir")) + "; give AdminOptions.tokenFile a writable"
                    + " path, or a token", e);
        }
    }

    /** Whether {@code authorization} (the header's value) carries the token; constant time in the token. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] offered = authorization.substring(7).trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(offered, token);
    }

    /** A name for the token that does not give it away, for the audit trail: the start of its SHA-256. */
    String id() {
        return id;
    }

    /** The file of a generated token. */
    Optional<Path> file() {
        return file;
    }

    /** Deletes the file of a generated token: the token is no good once the server stops. */
    void close() {
        file.ifPresent(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                path.toFile().deleteOnExit();
            }
        });
    }

    private static String idOf(byte[] token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token);
            return "token:" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
