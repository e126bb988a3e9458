package io.hms.consensus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directories of one Raft node under its data directory: {@code log}, {@code raft_meta} and
 * {@code snapshot}, created if missing.
 *
 * @param log      the replicated log
 * @param meta     the term and vote
 * @param snapshot the snapshots
 */
record RaftNodeFiles(Path log, Path meta, Path snapshot) {

    /** Creates the directories under {@code dataDirectory}, or fails naming the setting and the fix. */
    static RaftNodeFiles prepare(Path dataDirectory) {
        RaftNodeFiles files = new RaftNodeFiles(dataDirectory.resolve("log"), dataDirectory.resolve("raft_meta"),
                dataDirectory.resolve("snapshot"));
        try {
            Files.createDirectories(files.log());
            Files.createDirectories(files.meta());
            Files.createDirectories(files.snapshot());
        } catch (IOException | SecurityException e) {
            throw new IllegalStateException("dataDirectory " + dataDirectory + " cannot be written (" + e
                    + "); point it at a directory this process may create and write", e);
        }
        return files;
    }
}
