package io.hms.consensus.chaos;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hms.test.LoopbackPorts;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dependency that node JVMs share: an HTTP endpoint on loopback that answers 200, or 503 while down
 * for everyone or for one node. It counts the calls that reached it, per node and per answer.
 */
final class SharedDependency implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, AtomicLong> served = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failed = new ConcurrentHashMap<>();
    private final Set<String> downFor = ConcurrentHashMap.newKeySet();
    private volatile boolean down;

    SharedDependency() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", LoopbackPorts.next()), 200);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/dep", this::answer);
        server.start();
    }

    /** The endpoint's URL, without the query that names the node. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/dep";
    }

    /** Down for everyone ({@code true}) or up again. */
    void down(boolean value) {
        down = value;
    }

    /** Down for the node at {@code address} alone: a failure private to it. */
    void downFor(String address) {
        downFor.add(address);
    }

    long served(String address) {
        return served.computeIfAbsent(address, a -> new AtomicLong()).get();
    }

    long failed(String address) {
        return failed.computeIfAbsent(address, a -> new AtomicLong()).get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        String node = query != null && query.startsWith("node=") ? query.substring(5) : "?";
        boolean fail = down || downFor.contains(node);
        (fail ? failed : served).computeIfAbsent(node, a -> new AtomicLong()).incrementAndGet();
        exchange.sendResponseHeaders(fail ? 503 : 200, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
