package io.hms.consensus.chaos;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hms.test.LoopbackPorts;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * The resource that node JVMs repair, an HTTP endpoint on loopback: broken until a repair of level 2 or more
 * reaches it. A repair of level 1 hangs (a repair that never answers) until {@link #close()}. Repairs carry
 * their fencing token; one lower than the highest seen is refused (a stale holder) and recorded as such.
 */
final class RepairedResource implements AutoCloseable {

    /** One repair that reached the resource. */
    record RepairCall(String node, int level, long token, boolean refused, long atNanos) {
    }

    private final HttpServer server;
    private final List<RepairCall> repairs = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private long highestToken = Long.MIN_VALUE;
    private volatile boolean healthy;

    RepairedResource() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", LoopbackPorts.next()), 200);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/health", exchange -> answer(exchange, healthy ? 200 : 503));
        server.createContext("/repair", this::repair);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<RepairCall> repairs() {
        return List.copyOf(repairs);
    }

    boolean healthy() {
        return healthy;
    }

    private void repair(HttpExchange exchange) throws IOException {
        Map<String, String> query = new HashMap<>();
        for (String pair : exchange.getRequestURI().getQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv[1]);
        }
        int level = Integer.parseInt(query.get("level"));
        long token = Long.parseLong(query.get("token"));
        boolean refused;
        synchronized (this) {
            refused = token < highestToken;
            highestToken = Math.max(highestToken, token);
        }
        repairs.add(new RepairCall(query.get("node"), level, token, refused, System.nanoTime()));
        if (refused) {
            answer(exchange, 409);
            return;
        }
        if (level == 1) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            healthy = true;
        }
        answer(exchange, 200);
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
