package io.hms.benchmarks.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A client following the admin API's event stream as a browser or {@code curl -N} would: one connection, read
 * line by line on a thread of its own, every {@code data:} line handed to a consumer. It notes when the server
 * drops it, so a benchmark can refuse a figure measured without all its clients.
 */
public final class SseClient implements AutoCloseable {

    private final HttpClient http = HttpClient.newHttpClient();
    private final InputStream body;
    private final Thread reader;
    private volatile String dropped;

    private SseClient(InputStream body, String name, Consumer<String> onData) {
        this.body = body;
        this.reader = Thread.ofPlatform().daemon().name(name).start(() -> read(onData));
    }

    /**
     * Connects to {@code events} (the stream's URL) with {@code token} and starts reading.
     *
     * @throws IllegalStateException when the server does not answer 200
     */
    public static SseClient follow(URI events, String token, String name, Consumer<String> onData) {
        HttpClient http = HttpClient.newHttpClient();
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(events)
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the event stream at " + events + " answered "
                        + response.statusCode());
            }
            return new SseClient(response.body(), name, onData);
        } catch (IOException e) {
            throw new UncheckedIOException("could not follow " + events, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to " + events, e);
        }
    }

    private void read(Consumer<String> onData) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            boolean droppedFrame = false;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals("event: dropped")) {
                    droppedFrame = true;
                } else if (line.startsWith("data: ")) {
                    if (droppedFrame) {
                        dropped = line.substring(6);
                    }
                    onData.accept(line);
                }
            }
        } catch (IOException closed) {
            // the stream ended: closed by us, or by the server
        }
    }

    /** Why the server dropped this client, or null while it has not. */
    public String dropped() {
        return dropped;
    }

    @Override
    public void close() throws IOException {
        body.close();
        http.close();
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
