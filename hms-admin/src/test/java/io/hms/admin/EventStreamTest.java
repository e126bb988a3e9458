package io.hms.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hms.api.event.AgentRestarted;
import io.hms.core.admin.AdminOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The live event stream over real HTTP: ids, catching up after a reconnect, and slow clients dropped. */
@Timeout(60)
class EventStreamTest {

    private final ObjectMapper json = new ObjectMapper();
    private AdminHost host;

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
    }

    private void publish(int count, String agent) {
        for (int i = 0; i < count; i++) {
            host.hms.events().publish(new AgentRestarted(Instant.EPOCH, agent, "test " + i, i));
        }
    }

    /** The SSE frames of a stream: each as the lines between blank lines, read until {@code count} frames with an id or event. */
    private static List<List<String>> frames(Iterator<String> lines, int count) {
        List<List<String>> frames = new ArrayList<>();
        List<String> frame = new ArrayList<>();
        while (frames.size() < count && lines.hasNext()) {
            String line = lines.next();
            if (!line.isEmpty()) {
                if (!line.startsWith(":")) {
                    frame.add(line);
                }
            } else if (!frame.isEmpty()) {
                frames.add(frame);
                frame = new ArrayList<>();
            }
        }
        return frames;
    }

    private Stream<String> stream(String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.uri("api/events"))
                .header("Authorization", "Bearer " + AdminHost.TOKEN);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = host.http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/event-stream"));
        return response.body();
    }

    private EventStream events() {
        return host.server().events();
    }

    @Test
    void everyEventArrivesAsJsonWithItsIdAndType() throws Exception {
        host = AdminHost.withToken();
        try (Stream<String> lines = stream(null)) {
            Iterator<String> it = lines.iterator();
            awaitClients(1);
            publish(1, "probe");

            List<String> frame = frames(it, 1).get(0);

            assertThat(frame.get(0)).startsWith("id: ");
            assertThat(frame.get(1)).isEqualTo("event: AgentRestarted");
            JsonNode data = json.readTree(frame.get(2).substring("data: ".length()));
            assertThat(data.get("type").asText()).isEqualTo("AgentRestarted");
            assertThat(data.at("/event/agent").asText()).isEqualTo("probe");
            assertThat(data.get("id").asLong()).isEqualTo(Long.parseLong(frame.get(0).substring(4)));
        }
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsWhatItMissed() throws Exception {
        host = AdminHost.withToken();
        publish(3, "before");
        awaitNewest(3);
        long first = events().newestId() - 2;

        try (Stream<String> lines = stream(Long.toString(first))) {
            List<List<String>> frames = frames(lines.iterator(), 2);

            assertThat(frames).extracting(f -> f.get(0)).containsExactly("id: " + (first + 1), "id: " + (first + 2));
        }
    }

    @Test
    void aClientThatDoesNotFollowReadsTheRingAsOneJsonArray() throws Exception {
        host = new AdminHost(AdminOptions.builder().token(AdminHost.TOKEN).eventRing(4));
        publish(6, "recent");
        awaitNewest(6);
        long newest = events().newestId();

        JsonNode all = json.readTree(host.get("api/events?follow=false").body());
        JsonNode after = json.readTree(host.get("api/events?follow=false&lastEventId=" + (newest - 1)).body());

        assertThat(all).extracting(e -> e.get("id").asLong()).containsExactly(newest - 3, newest - 2, newest - 1,
                newest);
        assertThat(all.get(3).get("type").asText()).isEqualTo("AgentRestarted");
        assertThat(all.get(3).at("/event/reason").asText()).isEqualTo("test 5");
        assertThat(after).extracting(e -> e.get("id").asLong()).containsExactly(newest);
    }

    @Test
    void aClientThatMissedMoreThanTheRingHoldsIsToldSo() throws Exception {
        host = new AdminHost(AdminOptions.builder().token(AdminHost.TOKEN).eventRing(4));
        publish(10, "many");
        awaitNewest(10);
        long newest = events().newestId();

        try (Stream<String> lines = stream("1")) {
            List<List<String>> frames = frames(lines.iterator(), 5);

            assertThat(frames.get(0).get(0)).isEqualTo("event: missed");
            JsonNode missed = json.readTree(frames.get(0).get(1).substring("data: ".length()));
            assertThat(missed.get("from").asLong()).isEqualTo(2);
            assertThat(missed.get("to").asLong()).isEqualTo(newest - 4);
            assertThat(missed.get("reason").asText()).contains("ring of 4");
            assertThat(frames.subList(1, 5)).extracting(f -> f.get(0)).containsExactly("id: " + (newest - 3),
                    "id: " + (newest - 2), "id: " + (newest - 1), "id: " + newest);
        }
    }

    @Test
    void aClientThatDoesNotReadIsDroppedWithAReasonWhileGuardedCallsAndTheStreamGoOn() throws Exception {
        host = new AdminHost(AdminOptions.builder().token(AdminHost.TOKEN).clientQueue(16));
        try (Socket slow = new Socket()) {
            slow.setReceiveBufferSize(1_024);
            slow.connect(new java.net.InetSocketAddress(host.uri("/").getHost(), host.uri("/").getPort()));
            OutputStream out = slow.getOutputStream();
            out.write(("GET /hms/api/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + AdminHost.TOKEN
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            awaitClients(1);

            long deadline = System.nanoTime() + 30_000_000_000L;
            while (events().droppedClients() == 0 && System.nanoTime() < deadline) {
                publish(200, "flood"); // until the slow client's socket and then its queue are full
                assertThat(host.hms.guard("payments").call(() -> "served")).isEqualTo("served");
            }
            assertThat(events().droppedClients()).as("the slow client was dropped").isEqualTo(1);
            awaitClients(0);
            publish(1, "settled");
            assertThat(events().await(() -> events().newestFrame().contains("settled"), Duration.ofSeconds(20)))
                    .as("the flood has gone through the stream").isTrue();
            try (Stream<String> lines = stream(null)) { // and the stream serves the next client as before
                Iterator<String> next = lines.iterator();
                awaitClients(1);
                publish(1, "after");
                boolean after = false;
                while (!after) { // past what was still on its way from the flood
                    after = frames(next, 1).get(0).stream().anyMatch(line -> line.contains("\"agent\":\"after\""));
                }
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(slow.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            String dropped = null;
            while (dropped == null && (line = reader.readLine()) != null) {
                if (line.equals("event: dropped")) {
                    dropped = reader.readLine();
                }
            }
            slow.setSoTimeout(10_000); // then the server closes the connection: no wait for an idle timeout
            List<String> rest = new ArrayList<>();
            while ((line = reader.readLine()) != null) {
                rest.add(line);
            }
            assertThat(rest).as("only the end of the chunked body").allMatch(l -> l.isEmpty() || l.equals("0"));
            assertThat(dropped).contains("fell 16 events behind", "Last-Event-ID");
        }
    }

    private void awaitClients(int count) throws InterruptedException {
        assertThat(events().await(() -> events().clients() == count, Duration.ofSeconds(10)))
                .as("%d clients connected", count).isTrue();
    }

    private void awaitNewest(long atLeast) throws InterruptedException {
        assertThat(events().await(() -> events().newestId() >= atLeast, Duration.ofSeconds(10)))
                .as("event %d streamed", atLeast).isTrue();
    }
}
