package io.hms.prover.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Proof messages as JSON: durations as ISO-8601, fields this code does not know ignored (a newer writer of
 * the same format may add some), and a message of a newer format refused with a message that says so.
 *
 * <pre>{@code
 * String json = ProofMessages.write(result);
 * ProofResult again = (ProofResult) ProofMessages.read(json);
 * }</pre>
 */
public final class ProofMessages {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ProofMessages() {
    }

    /** {@code message} as one line of JSON. */
    public static String write(ProofMsg message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + message + " as JSON", e);
        }
    }

    /**
     * The message in {@code json}.
     *
     * @throws IllegalArgumentException when it is not a proof message, or one of a newer format (naming it)
     */
    public static ProofMsg read(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            int format = tree.path("format").asInt(-1);
            if (format < 1) {
                throw new IllegalArgumentException("not a proof message (no format): " + abbreviate(json));
            }
            if (format > ProofMsg.FORMAT) {
                throw new IllegalArgumentException("a proof message of format " + format + ", newer than the "
                        + ProofMsg.FORMAT + " this version reads; read it with a newer hms-prover-spi");
            }
            return JSON.treeToValue(tree, ProofMsg.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a proof message: " + e.getOriginalMessage(), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
