package io.hms.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.hms.api.event.HmsEvent;
import io.hms.core.event.BusSubscription;
import io.hms.core.event.EventBus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Every {@link HmsEvent} as Server-Sent Events. Each event gets the next id and its JSON once, on the bus's
 * thread for this subscriber, and goes into a bounded ring and into each client's bounded queue; a client's
 * own request thread writes its queue out. A client that reconnects with {@code Last-Event-ID} first gets
 * what it missed from the ring, and a {@code missed} event when it missed more than the ring holds. A client
 * whose queue fills is dropped with a {@code dropped} event naming why: a slow client never holds up the bus,
 * another client or a guarded call.
 */
final class EventStream implements AutoCloseable {

    /** How often an idle stream writes a comment, so proxies and clients see it is alive. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final ObjectMapper json;
    private final int clientQueue;
    private final byte[][] ring; // the last events' frames, event id modulo its length
    private final AtomicLong droppedClients = new AtomicLong();
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final BusSubscription subscription;
    private long newest; // the last event's id, 0 before any; guarded by ring
    private volatile boolean closed;

    EventStream(EventBus bus, ObjectMapper json, int ringSize, int clientQueue) {
        this.json = json;
        this.clientQueue = clientQueue;
        this.ring = new byte[ringSize][];
        this.subscription = bus.subscribe(HmsEvent.class, this::publish);
    }

    private void publish(HmsEvent event) {
        synchronized (ring) { // ids, the ring and the clients' queues in one order
            long id = ++newest;
            byte[] frame = frame(id, event);
            ring[(int) (id % ring.length)] = frame;
            for (Client client : clients) {
                client.offer(frame);
            }
            ring.notifyAll();
        }
    }

    /** The SSE frame of event {@code id}: its id, its type as the event name, and its JSON. */
    private byte[] frame(long id, HmsEvent event) {
        String type = event.getClass().getSimpleName();
        String data;
        try {
            data = json.writeValueAsString(Map.of("id", id, "type", type, "event", event));
        } catch (JsonProcessingException e) {
            data = "{\"id\":" + id + ",\"type\":\"" + type + "\",\"error\":\"not serialisable\"}";
        }
        return ("id: " + id + "\nevent: " + type + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The most recent event's id, 0 before any. */
    long newestId() {
        synchronized (ring) {
            return newest;
        }
    }

    /**
     * Waits until {@code condition} (on this stream's counts) holds, re-checked whenever an event is published
     * or a client comes or goes; false if {@code timeout} passed first.
     */
    boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (ring) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(ring, left);
            }
            return true;
        }
    }

    /**
     * The events the ring holds after {@code lastEventId}, oldest first, as one JSON array of the stream's
     * {@code {"id", "type", "event"}} objects: what a client that does not follow reads.
     */
    String recent(long lastEventId) {
        StringBuilder array = new StringBuilder("[");
        synchronized (ring) {
            long oldest = Math.max(1, newest - ring.length + 1);
            for (long id = Math.max(oldest, lastEventId + 1); id <= newest; id++) {
                String frame = new String(ring[(int) (id % ring.length)], StandardCharsets.UTF_8);
                int data = frame.indexOf("\ndata: ") + "\ndata: ".length();
                array.append(array.length() == 1 ? "" : ",").append(frame, data, frame.length() - 2);
            }
        }
        return array.append(']').toString();
    }

    /** How many clients were dropped for falling behind. */
    long droppedClients() {
        return droppedClients.get();
    }

    /** The most recent event's frame, empty before any. */
    String newestFrame() {
        synchronized (ring) {
            return newest == 0 ? "" : new String(ring[(int) (newest % ring.length)], StandardCharsets.UTF_8);
        }
    }

    /** How many clients are connected. */
    int clients() {
        return clients.size();
    }

    /**
     * Streams to {@code exchange} until the client goes, is dropped or the server closes. {@code lastEventId}
     * is where a reconnecting client left off (negative for a new client, which gets only new events).
     */
    void serve(HttpExchange exchange, long lastEventId) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
        exchange.getResponseHeaders().set("Connection", "close"); // a stream that ends, ends its connection too
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(clientQueue);
        List<byte[]> catchUp = new ArrayList<>();
        synchronized (ring) { // registered and caught up in one step: nothing falls between the two
            if (lastEventId >= 0) {
                long oldest = Math.max(1, newest - ring.length + 1);
                if (lastEventId + 1 < oldest) {
                    long missed = oldest - lastEventId - 1;
                    catchUp.add(("event: missed\ndata: {\"from\":" + (lastEventId + 1) + ",\"to\":" + (oldest - 1)
                            + ",\"count\":" + missed + ",\"reason\":\"more events than the ring of " + ring.length
                            + " holds went by; reload the state from the API\"}\n\n").getBytes(StandardCharsets.UTF_8));
                }
                for (long id = Math.max(oldest, lastEventId + 1); id <= newest; id++) {
                    catchUp.add(ring[(int) (id % ring.length)]);
                }
            }
            clients.add(client);
            ring.notifyAll();
        }
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(": hms event stream\n\n".getBytes(StandardCharsets.UTF_8));
            for (byte[] frame : catchUp) {
                out.write(frame);
            }
            out.flush();
            client.writeUntilDone(out);
        } catch (IOException gone) {
            // the client went away
        } finally {
            synchronized (ring) {
                clients.remove(client);
                ring.notifyAll();
            }
            exchange.close();
        }
    }

    /**
     * Where a client left off: its {@code Last-Event-ID} header (or {@code lastEventId} query parameter, for
     * a client that cannot set headers); -1 for a new client.
     */
    static long lastEventId(Request request) {
        String value = request.header("Last-Event-ID").or(() -> request.query("lastEventId")).orElse(null);
        if (value == null || value.isBlank()) {
            return -1;
        }
        try {
            return Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw Problem.badRequest("Last-Event-ID '" + value + "' is not an event id", "Last-Event-ID",
                    "send the id of the last event received, a number");
        }
    }

    @Override
    public void close() {
        closed = true;
        subscription.close();
        for (Client client : clients) {
            client.end(null);
        }
    }

    /** One connected client: its queue of frames, and why it was dropped if it was. */
    private final class Client {
        private static final byte[] END = new byte[0];
        private final BlockingQueue<byte[]> queue;
        private volatile String dropReason;

        Client(int capacity) {
            this.queue = new ArrayBlockingQueue<>(capacity + 1); // one place kept for the end
        }

        void offer(byte[] frame) {
            if (dropReason != null) {
                return;
            }
            if (queue.remainingCapacity() <= 1 || !queue.offer(frame)) {
                droppedClients.incrementAndGet();
                end("the client fell " + clientQueue + " events behind (AdminOptions.clientQueue); reconnect with"
                        + " the Last-Event-ID it last received to catch up from the ring");
            }
        }

        void end(String reason) {
            dropReason = reason == null ? "" : reason;
            queue.clear();
            queue.offer(END);
        }

        void writeUntilDone(OutputStream out) throws IOException {
            while (!closed) {
                byte[] frame;
                try {
                    frame = queue.poll(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (frame == null) {
                    out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                } else if (frame == END) {
                    if (!dropReason.isEmpty()) {
                        out.write(("event: dropped\ndata: " + json.writeValueAsString(Map.of("reason", dropReason))
                                + "\n\n").getBytes(StandardCharsets.UTF_8));
                    }
                    out.flush();
                    return;
                } else {
                    out.write(frame);
                }
                if (queue.isEmpty()) {
                    out.flush();
                }
            }
        }
    }
}
