package io.hms.benchmarks.soak;

import java.time.Duration;

/**
 * What a soak measured at one moment.
 *
 * @param elapsed         time since the soak began
 * @param heapAfterGc     bytes of heap in use right after a full collection ({@code System.gc()})
 * @param liveThreads     live threads, platform and virtual, as the JDK's thread containers count them
 * @param platformThreads live platform threads ({@code ThreadMXBean.getThreadCount()})
 * @param hmsThreads      live threads, platform and virtual, named {@code hms-…}
 * @param droppedEvents   deliveries the event bus has dropped since the runtime started
 * @param eventBacklog    events waiting in the event bus's subscriber queues
 * @param calls           guarded calls made since the soak began
 * @param incidents       incidents in the healer's log, open and closed
 */
public record Sample(Duration elapsed, long heapAfterGc, int liveThreads, int platformThreads, int hmsThreads,
                     long droppedEvents, int eventBacklog, long calls, int incidents) {
}
