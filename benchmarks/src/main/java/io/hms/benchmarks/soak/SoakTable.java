package io.hms.benchmarks.soak;

/** The soak's samples as fixed-width text rows. */
final class SoakTable {

    private SoakTable() {
    }

    /** The column titles. */
    static String header() {
        return String.format("%6s %12s %8s %9s %6s %8s %8s %12s %9s%n", "s", "heap MiB", "threads", "platform",
                "hms-", "backlog", "dropped", "calls", "incidents");
    }

    /** One sample. */
    static String row(Sample s) {
        return String.format("%6d %12.2f %8d %9d %6d %8d %8d %,12d %9d%n", s.elapsed().toSeconds(),
                s.heapAfterGc() / (1024.0 * 1024.0), s.liveThreads(), s.platformThreads(), s.hmsThreads(),
                s.eventBacklog(), s.droppedEvents(), s.calls(), s.incidents());
    }
}
