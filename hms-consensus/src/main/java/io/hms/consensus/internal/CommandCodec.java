package io.hms.consensus.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * The JSON forms of log entries, snapshots and forwarded requests.
 *
 * <p>A log entry is {@code {"v":1,"command":{"type":"commit-policy",...}}}. A replica refuses an
 * entry of a newer format version than it knows rather than guess, so a mixed-version cluster stops
 * the old replica instead of letting it diverge. Durations and instants are ISO-8601 strings.
 * Thread-safe.
 */
public final class CommandCodec {

    /** The format version this code writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The versioned envelope of one log entry. */
    record Envelope(int v, Command command) {
    }

    /** The log-entry bytes of {@code command}. */
    public byte[] encode(Command command) {
        return write(new Envelope(FORMAT_VERSION, command));
    }

    /**
     * The command in a log entry.
     *
     * @throws IllegalStateException when the entry is of a newer format or unreadable
     */
    public Command decode(ByteBuffer data) {
        byte[] bytes = new byte[data.remaining()];
        data.duplicate().get(bytes);
        Envelope envelope = read(bytes, Envelope.class);
        if (envelope.v() > FORMAT_VERSION || envelope.v() < 1 || envelope.command() == null) {
            throw new IllegalStateException("log entry of format v" + envelope.v() + " cannot be read by this"
                    + " version (reads up to v" + FORMAT_VERSION + "); upgrade this instance");
        }
        return envelope.command();
    }

    /** The JSON bytes of any value (snapshots, forwarded requests). */
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads a value written by {@link #write}. */
    public <T> T read(byte[] json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from JSON", e);
        }
    }
}
