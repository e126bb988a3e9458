package io.hms.cli;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * The admin API of one host as the command line talks to it: JSON in and out, the token from its file, and
 * every failure turned into one line that says what was tried and what to do.
 */
final class AdminClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a newer host may say more
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE); // records: components only

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final Optional<String> token;
    private final String tokenSource;
    private final HttpClient http;

    AdminClient(URI base, Optional<Path> tokenFile) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.tokenSource = tokenFile.map(Path::toString).orElse("no token file");
        this.token = tokenFile.map(AdminClient::readToken);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static String readToken(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new CliFailure("the token file " + file + " is empty; give the file the host wrote (its log and"
                        + " the demo name it)");
            }
            return text;
        } catch (NoSuchFileException e) {
            throw new CliFailure("there is no token file " + file + "; give the one the host's log names (--token-file"
                    + " or HMS_TOKEN_FILE)");
        } catch (IOException e) {
            throw new CliFailure("the token file " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** The host's address, as tried. */
    URI base() {
        return base;
    }

    JsonNode get(String path) {
        return send(request(path).GET().build());
    }

    JsonNode post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    JsonNode delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** The text at {@code path} (the Prometheus meters, the diagram). */
    String text(String path) {
        HttpResponse<String> response = exchange(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        refuse(response.statusCode(), response.body());
        return response.body();
    }

    /**
     * Reads the event stream from {@code lastEventId} on, handing each event's JSON to {@code onEvent} until it
     * returns false, the stream ends, or {@code within} has passed.
     *
     * @return whether it stopped because {@code onEvent} said so
     */
    boolean events(long lastEventId, Duration within, Predicate<JsonNode> onEvent) {
        HttpRequest request = request("api/events").header("Accept", "text/event-stream")
                .header("Last-Event-ID", Long.toString(lastEventId)).timeout(Duration.ofDays(365)).GET().build();
        HttpResponse<InputStream> response = exchange(request, HttpResponse.BodyHandlers.ofInputStream());
        InputStream body = response.body();
        AtomicBoolean timedOut = new AtomicBoolean();
        Thread deadline = Thread.ofVirtual().name("hms-cli-deadline").start(() -> {
            try {
                Thread.sleep(within);
                timedOut.set(true);
                body.close(); // ends the read below
            } catch (InterruptedException | IOException done) {
                // the stream ended first
            }
        });
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            if (response.statusCode() != 200) {
                refuse(response.statusCode(), lines.lines().reduce("", String::concat));
            }
            String event = "message";
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    JsonNode data = JSON.readTree(line.substring(6));
                    if ("dropped".equals(event)) {
                        throw new CliFailure("the host dropped this stream: " + data.path("reason").asText());
                    }
                    if (!"missed".equals(event) && !onEvent.test(data)) {
                        return true;
                    }
                } else if (line.isEmpty()) {
                    event = "message";
                }
            }
            return false;
        } catch (IOException e) {
            if (timedOut.get()) {
                return false; // closed at the deadline
            }
            throw new CliFailure("the event stream of " + base + " ended: " + e.getMessage());
        } finally {
            deadline.interrupt();
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
        token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        return builder;
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        refuse(response.statusCode(), response.body());
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new CliFailure(base + " answered " + request.uri().getPath() + " with something other than JSON;"
                    + " check that --url names an HMS admin API (it ends in /hms/)");
        }
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw unreachable(e);
        } catch (HttpTimeoutException e) {
            throw new CliFailure(base + " did not answer " + request.uri().getPath() + " within "
                    + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure("interrupted");
        }
    }

    private CliFailure unreachable(IOException e) {
        String why = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                : e instanceof ConnectException ? "connection refused" : e.getClass().getSimpleName();
        return new CliFailure("no HMS host answered at " + base + " (" + why + "); start one with the admin API on"
                + " (Hms.builder().admin(AdminOptions.builder().port(8711).build()) or -Dhms.admin.port=8711) or"
                + " point --url or HMS_URL at it");
    }

    /** Turns a refusal (problem+json) into one line with the host's detail and fix. */
    private void refuse(int status, String body) {
        if (status < 400) {
            return;
        }
        String detail = body;
        String fix = "";
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem != null && problem.has("detail")) {
                detail = problem.path("detail").asText();
                fix = problem.path("fix").asText("");
            }
        } catch (IOException notJson) {
            // the body as it came
        }
        if (status == 401) {
            throw new CliFailure("the host at " + base + " refused the token (" + tokenSource + "); give the token"
                    + " file its log names with --token-file or HMS_TOKEN_FILE");
        }
        throw new CliFailure(status + ": " + detail + (fix.isEmpty() ? "" : "; " + fix));
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + body + " as JSON", e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
