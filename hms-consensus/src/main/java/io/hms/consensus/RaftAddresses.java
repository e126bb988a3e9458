package io.hms.consensus;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Parsing and checking of {@code host:port} addresses, with messages that say what to fix. */
final class RaftAddresses {

    private RaftAddresses() {
    }

    /** The host and port of {@code address}, or an error naming {@code setting} and the fix. */
    static InetSocketAddress parse(String address, String setting) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException(setting + " is not set; give this node's address as host:port,"
                    + " e.g. 127.0.0.1:7001");
        }
        int colon = address.lastIndexOf(':');
        String host = colon > 0 ? address.substring(0, colon).trim() : "";
        int port;
        try {
            port = colon > 0 ? Integer.parseInt(address.substring(colon + 1).trim()) : -1;
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (host.isEmpty() || port < 1 || port > 65535) {
            throw new IllegalArgumentException(setting + " '" + address + "' is not a valid host:port address;"
                    + " use e.g. 127.0.0.1:7001 (port in 1..65535)");
        }
        InetSocketAddress resolved = new InetSocketAddress(host, port);
        if (resolved.isUnresolved()) {
            throw new IllegalArgumentException(setting + " '" + address + "': host '" + host
                    + "' cannot be resolved; use an IP address or a resolvable host name");
        }
        return resolved;
    }

    /** Fails with a message naming {@code setting} when nothing can listen on {@code address} now. */
    static void requireFree(InetSocketAddress address, String setting) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address);
        } catch (IOException e) {
            throw new IllegalStateException(setting + " " + address.getHostString() + ":" + address.getPort()
                    + " cannot be bound (" + e.getMessage() + "): the port is in use or the address is not"
                    + " local; pick a free port or stop the process holding it", e);
        }
    }
}
