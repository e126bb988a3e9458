package io.hms.core.internal;

import java.util.concurrent.ThreadFactory;

/** Factories of the threads HMS starts; every one is named {@code hms-<name>-<n>}. */
public final class HmsThreads {

    /** The prefix of every thread HMS starts. */
    public static final String PREFIX = "hms-";

    private HmsThreads() {
    }

    /** Virtual threads named {@code hms-<name>-<n>}. */
    public static ThreadFactory virtual(String name) {
        return Thread.ofVirtual().name(PREFIX + name + "-", 0).factory();
    }

    /** Daemon platform threads named {@code hms-<name>-<n>}. */
    public static ThreadFactory platform(String name) {
        return Thread.ofPlatform().name(PREFIX + name + "-", 0).daemon(true).factory();
    }
}
