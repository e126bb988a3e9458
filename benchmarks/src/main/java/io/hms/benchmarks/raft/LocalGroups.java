package io.hms.benchmarks.raft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/** What the benchmarks' Raft groups on 127.0.0.1 share: free addresses, and waiting for a leader. */
final class LocalGroups {

    private LocalGroups() {
    }

    /** {@code count} addresses on 127.0.0.1 whose ports were free a moment ago. */
    static List<String> freeAddresses(int count) {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                addresses.add("127.0.0.1:" + socket.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return addresses;
    }

    /** The member that leads, once one does; fails after 20 s. */
    static <T> T awaitLeader(Collection<T> members, Predicate<T> leads) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            for (T member : members) {
                if (leads.test(member)) {
                    return member;
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        throw new IllegalStateException("no leader elected within 20 s");
    }
}
