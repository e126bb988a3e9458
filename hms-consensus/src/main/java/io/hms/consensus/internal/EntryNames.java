package io.hms.consensus.internal;

import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import java.io.Serial;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The property names of the log entries: each well-known property of a command, a policy or a
 * descriptor is written as a short code (its position in {@link #NAMES}, e.g. {@code "0"}), any other
 * property under its own name. Names, not positions, still identify the properties, so a property
 * added to a policy later is written in full and read back by every version that knows it, and a
 * reordered record reads as before. A code can never clash with a property's own name, since no Java
 * identifier starts with a digit.
 *
 * <p>The table is part of formats v3 and v4: changing or reordering it would make entries already in
 * a log read differently, so a different table needs a new format version of {@link CommandCodec}.
 * The hand-written policy form ({@link SparsePolicyWriter}, {@link SparsePolicyReader}) uses
 * the same codes through {@link #serialized} and {@link #nameOf}.
 */
final class EntryNames extends PropertyNamingStrategy {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The table: the code of a name is its index. Never edit; a new table is a new format. */
    static final List<String> NAMES = List.of(
            // commands
            "component", "policy", "source", "nodeId", "descriptors", "name", "holder", "leaseMillis",
            "stampMillis", "token",
            // ComponentPolicy and its parts
            "health", "guard", "playbook", "interval", "timeout", "failuresToDown", "successesToUp", "limit",
            "algorithm", "initialLimit", "minLimit", "maxLimit", "backoffRatio", "latencyThreshold", "tolerance",
            "breaker", "windowType", "windowSize", "failureRateThreshold", "slowCallRateThreshold",
            "slowCallDuration", "minimumCalls", "openDuration", "halfOpenProbes", "retry", "maxAttempts",
            "initialBackoff", "multiplier", "maxBackoff", "jitter", "steps", "byLevel", "function",
            // FunctionDescriptor
            "kind", "level", "version");

    private static final Map<String, String> CODES = codes();
    private static final Map<String, String> NAMES_BY_CODE = namesByCode();

    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            if (codes.put(NAMES.get(i), Integer.toString(i)) != null) {
                throw new IllegalStateException("property " + NAMES.get(i) + " is twice in the name table");
            }
        }
        return Map.copyOf(codes);
    }

    private static Map<String, String> namesByCode() {
        Map<String, String> names = new HashMap<>();
        CODES.forEach((name, code) -> names.put(code, name));
        return Map.copyOf(names);
    }

    private static String code(String name) {
        return CODES.getOrDefault(name, name);
    }

    /**
     * The code of a well-known property, ready for a generator.
     *
     * @throws IllegalArgumentException when {@code name} is not in the table
     */
    static SerializedString serialized(String name) {
        String code = CODES.get(name);
        if (code == null) {
            throw new IllegalArgumentException("property " + name + " has no code in the entry name table");
        }
        return new SerializedString(code);
    }

    /** The property a code stands for, or null when {@code code} is not one of the table's. */
    static String nameOf(String code) {
        return NAMES_BY_CODE.get(code);
    }

    @Override
    public String nameForField(MapperConfig<?> config, AnnotatedField field, String defaultName) {
        return code(defaultName);
    }

    @Override
    public String nameForGetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
        return code(defaultName);
    }

    @Override
    public String nameForSetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
        return code(defaultName);
    }

    @Override
    public String nameForConstructorParameter(MapperConfig<?> config, AnnotatedParameter parameter,
                                              String defaultName) {
        return code(defaultName);
    }
}
