package io.hms.prover.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hms.prover.spi.ProofMessages;
import io.hms.prover.spi.ProofMsg;

/**
 * The lines between the supervisor and a worker process: proof messages ({@link ProofMessages}) both ways,
 * plus three control lines: the worker's {@code hello} once started (its backend and version), and the
 * supervisor's {@code reset} (answered by {@code reset} once the prover is reset) and {@code exit}.
 */
final class WorkerProtocol {
    static final String HELLO = "hello";
    static final String RESET = "reset";
    static final String EXIT = "exit";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkerProtocol() {
    }

    static String control(String name) {
        return "{\"control\":\"" + name + "\"}";
    }

    static String hello(String backend, String version) {
        ObjectNode hello = JSON.createObjectNode().put("control", HELLO).put("backend", backend).put("version", version);
        return hello.toString();
    }

    /** Whether {@code line} is a control line (not a proof message). */
    static boolean isControl(JsonNode line) {
        return line.hasNonNull("control");
    }

    /** Whether {@code line} is the control line {@code name}. */
    static boolean isControl(JsonNode line, String name) {
        return line.path("control").asText("").equals(name);
    }

    static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a worker line: " + line, e);
        }
    }

    static ProofMsg message(JsonNode line) {
        return ProofMessages.read(line.toString());
    }
}
