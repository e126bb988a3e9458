package io.hms.consensus.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.hms.api.policy.ComponentPolicy;
import java.io.IOException;

/**
 * The format v3 and v4 form of a {@link Command.CommitPolicy}, written and read by hand instead of
 * through data binding: {@code {"type":"commit-policy","0":component,"1":policy,"2":source}}, the same
 * properties as data binding writes, with the policy written sparsely against {@link PolicyBaseline#V3} by
 * {@link SparsePolicyWriter}. Format v4 adds {@code "45":version} to a commit that must make that
 * version (a compare-and-set); a commit that makes the next version, whatever it is, has none, and
 * reads as in v3. Stateless and thread-safe.
 */
final class CommitPolicyForm {

    /** The property that names a command's type, first in every command's form. */
    static final String TYPE_PROPERTY = "type";
    /** The type of a policy commit, as {@link Command}'s type table names it. */
    static final String TYPE = "commit-policy";

    private static final SerializableString TYPE_NAME = new SerializedString(TYPE_PROPERTY);
    private static final SerializableString TYPE_VALUE = new SerializedString(TYPE);
    private static final SerializableString COMPONENT = EntryNames.serialized("component");
    private static final SerializableString POLICY = EntryNames.serialized("policy");
    private static final SerializableString SOURCE = EntryNames.serialized("source");
    private static final SerializableString VERSION = EntryNames.serialized("version");

    private CommitPolicyForm() {
    }

    /** Writes {@code commit} as one object. */
    static void write(JsonGenerator out, Command.CommitPolicy commit) throws IOException {
        out.writeStartObject();
        out.writeFieldName(TYPE_NAME);
        out.writeString(TYPE_VALUE);
        out.writeFieldName(COMPONENT);
        out.writeString(commit.component());
        out.writeFieldName(POLICY);
        SparsePolicyWriter.write(out, commit.policy(), PolicyBaseline.V3);
        out.writeFieldName(SOURCE);
        out.writeString(commit.source());
        if (commit.version() != 0) {
            out.writeFieldName(VERSION);
            out.writeNumber(commit.version());
        }
        out.writeEndObject();
    }

    /**
     * Reads the rest of a policy commit whose type property the parser has just read.
     *
     * @throws IOException           when the form is malformed or truncated
     * @throws IllegalStateException when it holds a property this version does not know
     */
    static Command.CommitPolicy readAfterType(JsonParser in) throws IOException {
        String component = null;
        ComponentPolicy policy = null;
        String source = null;
        long version = 0;
        while (SparsePolicyReader.nextProperty(in, "policy commit")) {
            String name = SparsePolicyReader.property(in);
            in.nextToken();
            switch (name) {
                case "component" -> component = SparsePolicyReader.text(in);
                case "policy" -> policy = SparsePolicyReader.read(in, PolicyBaseline.V3);
                case "source" -> source = SparsePolicyReader.text(in);
                case "version" -> version = SparsePolicyReader.wholeNumber(in);
                default -> throw new IllegalStateException("property '" + name + "' of the policy commit is"
                        + " unknown to this version; the entry was written by a newer one: upgrade this instance");
            }
        }
        return new Command.CommitPolicy(component, policy, source, version);
    }
}
