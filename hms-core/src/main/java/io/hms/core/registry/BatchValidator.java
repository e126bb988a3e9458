package io.hms.core.registry;

import io.hms.api.FunctionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Finds every problem of a batch against the registry before anything of it is applied. */
final class BatchValidator {

    /** Lists a declared component's registered functions of one kind. */
    interface Lookup {
        List<RegisteredFunction> functions(String component, FunctionKind kind);
    }

    private final Map<String, String> known;
    private final Lookup registered;

    /**
     * @param known      the declared components, each with the place that declared it
     * @param registered the functions already registered
     */
    BatchValidator(Map<String, String> known, Lookup registered) {
        this.known = known;
        this.registered = registered;
    }

    static String unknownComponent(String component, Set<String> known) {
        return "unknown component '" + component + "'; declare it first with "
                + "Hms.builder().component(ComponentSpec.of(\"" + component + "\")) or Registrar.component(...)"
                + (known.isEmpty() ? "" : ", or use a declared one: " + String.join(", ", new TreeSet<>(known)));
    }

    void validate(RegistrationBatch batch) {
        List<String> problems = new ArrayList<>();
        Map<String, String> declared = new HashMap<>();
        for (RegistrationBatch.Declaration d : batch.components()) {
            String name = d.spec().name();
            String earlier = known.containsKey(name) ? known.get(name) : declared.get(name);
            if (earlier != null) {
                problems.add(d.origin() + ": component '" + name + "' is already declared (" + earlier
                        + "); declare each component once");
            } else {
                declared.put(name, d.origin());
            }
        }
        Set<String> all = new HashSet<>(known.keySet());
        all.addAll(declared.keySet());
        Map<String, String> keys = new HashMap<>();
        for (RegisteredFunction f : batch.functions()) {
            String component = f.component();
            if (!all.contains(component)) {
                problems.add(f.origin() + ": " + unknownComponent(component, all));
                continue;
            }
            String key = f.kind() == FunctionKind.FALLBACK ? component + "/FALLBACK" : f.descriptor().key();
            String clash = keys.putIfAbsent(key, f.origin()) != null ? keys.get(key) : existing(f);
            if (clash != null) {
                problems.add(f.kind() == FunctionKind.FALLBACK
                        ? f.origin() + ": component '" + component + "' already has a fallback (" + clash
                                + "); a component has at most one, unregister the other first"
                        : f.origin() + ": a " + f.kind() + " named '" + f.name() + "' is already registered for '"
                                + component + "' (" + clash + "); give it another name or unregister the other first");
            }
        }
        if (!problems.isEmpty()) {
            throw new RegistrationException(problems);
        }
    }

    private String existing(RegisteredFunction f) {
        if (!known.containsKey(f.component())) {
            return null;
        }
        for (RegisteredFunction other : registered.functions(f.component(), f.kind())) {
            if (f.kind() == FunctionKind.FALLBACK || other.name().equals(f.name())) {
                return other.origin();
            }
        }
        return null;
    }
}
