package io.hms.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Free TCP ports on 127.0.0.1 for a cluster run on one machine: tests, demos, benchmarks.
 *
 * <pre>{@code
 * List<String> members = LoopbackPorts.addresses(3);   // e.g. [127.0.0.1:21408, 127.0.0.1:21409, ...]
 * }</pre>
 *
 * <p>The ports lie below the kernel's ephemeral range (read from {@code /proc/sys/net/ipv4/ip_local_port_range}
 * on Linux, else taken as 49152–65535). A port found by binding port 0 lies inside that range, where an
 * outgoing connection (a node dialling a peer that is not up yet) can take it before the node meant to
 * listen there binds it. Below the range only a listener can hold a port, and each port handed out was
 * bound for a moment first. Successive calls go up from a random start, so two JVMs rarely try the same
 * ports. Thread-safe.
 */
public final class LoopbackPorts {

    private static final int LOWEST = 10_000;
    private static final int LIMIT = ephemeralStart(); // the first port not handed out
    private static final AtomicInteger NEXT =
            new AtomicInteger(LOWEST + ThreadLocalRandom.current().nextInt(LIMIT - LOWEST));

    private LoopbackPorts() {
    }

    /**
     * A port on 127.0.0.1 that nothing listens on now, below the ephemeral range.
     *
     * @throws IllegalStateException if every port below the range is taken
     */
    public static int next() {
        for (int tried = 0; tried < LIMIT - LOWEST; tried++) {
            int port = NEXT.getAndUpdate(p -> p + 1 < LIMIT ? p + 1 : LOWEST);
            if (free(port)) {
                return port;
            }
        }
        throw new IllegalStateException("every port from " + LOWEST + " to " + (LIMIT - 1)
                + " on 127.0.0.1 is taken; stop some of the processes listening there");
    }

    /** {@code count} addresses {@code 127.0.0.1:port}, each port from {@link #next()}. */
    public static List<String> addresses(int count) {
        List<String> addresses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            addresses.add("127.0.0.1:" + next());
        }
        return addresses;
    }

    /** Whether a listener could bind {@code port} on 127.0.0.1 now. */
    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** The lowest port the kernel gives outgoing connections; at least 1 000 above {@link #LOWEST}. */
    static int ephemeralStart() {
        int start = 49_152;
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            start = Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException notLinux) {
            // keep the IANA range's start
        }
        return Math.max(LOWEST + 1_000, Math.min(start, 65_536));
    }
}
