package io.hms.consensus.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * The forms of log entries (binary), snapshots and forwarded outcomes (JSON).
 *
 * <p>A log entry is one format-version byte followed by the command in Jackson's binary
 * <a href="https://github.com/FasterXML/smile-format-specification">Smile</a> form, with the
 * well-known property names written as the short codes of {@link EntryNames}. This code writes
 * format v4. Since v3 a policy commit carries only the settings in which its policy differs from a
 * baseline every replica knows ({@link PolicyBaseline#V3}, the defaults frozen when v3 was made),
 * written and read by hand ({@link CommitPolicyForm}); a policy derived from the defaults by changing
 * a few settings then takes a few dozen bytes instead of three hundred. Other commands are written
 * through data binding, every property. Format v4 adds what a replica of an older version would
 * apply differently, and so must not read: the version a policy commit must make (a compare-and-set)
 * and the request id of a lock acquisition (idempotent retries). In a log entry a duration is a number
 * of seconds (whole, or an exact decimal); in JSON, durations and instants are ISO-8601 strings.
 *
 * <p>Entries of format v3 (v4 without those properties) are still read. A replica refuses an entry of
 * a format it does not know, or a policy commit holding a property it does not know, rather than guess,
 * so a mixed-version cluster stops the old replica instead of letting it diverge.
 * Thread-safe.
 */
public final class CommandCodec {

    /** The log-entry format this code writes and the newest it reads. */
    public static final byte FORMAT_VERSION = 4;

    /** Format v4 without compare-and-set policy commits and lock request ids. */
    private static final byte FORMAT_V3 = 3;

    /**
     * The snapshot format this code writes and the only one it reads (snapshots stay JSON): each
     * retained policy commit is numbered, and only the latest versions of a policy may be held.
     */
    public static final int SNAPSHOT_VERSION = 2;

    /** Room for a typical entry, so that encoding one seldom grows its buffer. */
    private static final int ENTRY_CAPACITY = 128;

    private final ObjectMapper json = configure(new ObjectMapper());
    private final SmileFactory smile;
    private final ObjectWriter binaryWriter;
    private final ObjectReader binaryReader;

    /** A codec; build one per coordinator and share it. */
    public CommandCodec() {
        // property names are short codes and values rarely repeat: back-references would not pay
        this.smile = SmileFactory.builder()
                .disable(SmileGenerator.Feature.CHECK_SHARED_NAMES)
                .disable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES)
                .build();
        // durations as exact decimal seconds (a Smile big decimal): lossless, and read without ISO parsing
        ObjectMapper binary = configure(new ObjectMapper(smile)).setPropertyNamingStrategy(new EntryNames())
                .enable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        this.binaryWriter = binary.writerFor(Command.class);
        this.binaryReader = binary.readerFor(Command.class);
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The log-entry bytes of {@code command}, in format {@value #FORMAT_VERSION}. */
    public byte[] encode(Command command) {
        ByteArrayBuilder entry = new ByteArrayBuilder(ENTRY_CAPACITY);
        entry.write(FORMAT_VERSION);
        try {
            if (command instanceof Command.CommitPolicy commit) {
                try (JsonGenerator out = smile.createGenerator(entry)) {
                    CommitPolicyForm.write(out, commit);
                }
            } else {
                binaryWriter.writeValue(entry, command);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode " + command.getClass().getSimpleName()
                    + " as a log entry", e);
        }
        return entry.toByteArray();
    }

    /**
     * The command in a log entry of format v3 or v4; does not move {@code data}'s position.
     *
     * @throws IllegalStateException when the entry is of an unknown format or unreadable
     */
    public Command decode(ByteBuffer data) {
        if (!data.hasRemaining()) {
            throw new IllegalStateException("empty log entry; it was not written by HMS");
        }
        byte first = data.get(data.position());
        if (first != FORMAT_V3 && first != FORMAT_VERSION) {
            throw new IllegalStateException("log entry of format v" + (first & 0xFF) + " cannot be read by this"
                    + " version (reads v" + FORMAT_V3 + " and v" + FORMAT_VERSION + ")"
                    + ((first & 0xFF) > FORMAT_VERSION ? "; upgrade this instance" : ""));
        }
        byte[] bytes = data.hasArray() ? data.array() : copy(data);
        int offset = data.hasArray() ? data.arrayOffset() + data.position() + 1 : 1;
        int length = data.remaining() - 1;
        Command command;
        try {
            command = decode(bytes, offset, length);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("log entry of format v" + first + " is unreadable: "
                    + e.getMessage(), e);
        }
        if (command == null) {
            throw new IllegalStateException("log entry of format v" + first + " holds no command");
        }
        return command;
    }

    /** A policy commit is read by hand; any other command through data binding. */
    private Command decode(byte[] bytes, int offset, int length) throws IOException {
        try (JsonParser in = smile.createParser(bytes, offset, length)) {
            if (in.nextToken() != JsonToken.START_OBJECT || in.nextToken() != JsonToken.FIELD_NAME
                    || !CommitPolicyForm.TYPE_PROPERTY.equals(in.currentName())
                    || in.nextToken() != JsonToken.VALUE_STRING) {
                throw new JsonParseException(in, "a command must open with its type");
            }
            if (CommitPolicyForm.TYPE.equals(in.getText())) {
                return CommitPolicyForm.readAfterType(in);
            }
        }
        return binaryReader.readValue(bytes, offset, length);
    }

    private static byte[] copy(ByteBuffer data) {
        ByteBuffer view = data.duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        return bytes;
    }

    /** The JSON bytes of any value (snapshots, forwarded outcomes). */
    public byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads a value written by {@link #write}. */
    public <T> T read(byte[] bytes, Class<T> type) {
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from JSON", e);
        }
    }
}
