package io.hms.core.chaos.internal;

import java.util.ArrayList;
import java.util.List;

/** Holds a bounded allocation in 1 MiB arrays, each page touched; revert lets it go. */
public final class MemoryPressure implements Injection {

    private static final int CHUNK = 1 << 20;

    private final long bytes;
    private volatile List<byte[]> held = List.of();

    /** @param bytes how much to hold; the caller has checked it against the free heap */
    public MemoryPressure(long bytes) {
        this.bytes = bytes;
    }

    /** Whether {@code bytes} is at most half the heap that is free now. */
    public static boolean fits(long bytes) {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        return bytes <= free / 2;
    }

    @Override
    public void apply() {
        List<byte[]> chunks = new ArrayList<>();
        for (long left = bytes; left > 0; left -= CHUNK) {
            byte[] chunk = new byte[(int) Math.min(CHUNK, left)];
            for (int i = 0; i < chunk.length; i += 4096) {
                chunk[i] = 1;
            }
            chunks.add(chunk);
        }
        held = chunks;
    }

    @Override
    public void revert() {
        held = List.of();
    }

    /** How many bytes are held now. */
    public long heldBytes() {
        return held.stream().mapToLong(c -> c.length).sum();
    }
}
