package io.hms.core.registry;

import io.hms.api.ComponentSpec;
import io.hms.api.FunctionKind;
import io.hms.api.Subscription;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.VersionedPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FFI registry: declared components, the functions registered for them, and each component's
 * versioned policy. The runtime owns it and changes it: registrations, and the policies the
 * configurator commits through the coordinator; hosts get its {@link #view() read-only view}.
 *
 * <pre>{@code
 * registry.apply(batch);                                   // all or nothing
 * List<RegisteredFunction> ladder = registry.functions("inventory", FunctionKind.REPAIR); // by level
 * VersionedPolicy v2 = registry.commitPolicy("inventory", tuned, "patch:42");
 * }</pre>
 *
 * <p>Changes are serialized and told to {@link RegistryListener}s in order; reads see a consistent
 * state. A refused batch throws {@link RegistrationException} and changes nothing. Thread-safe.
 */
public final class FunctionRegistry implements RegistryView {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionRegistry.class);
    private static final Comparator<RegisteredFunction> BY_LEVEL = Comparator
            .comparingInt((RegisteredFunction f) -> f.descriptor().level()).thenComparing(RegisteredFunction::name);

    /** How many versions of each component's policy a registry keeps unless told otherwise. */
    public static final int DEFAULT_RETAINED_VERSIONS = 100;

    private final Supplier<Instant> clock;
    private final int retainedVersions;
    private final Map<String, Entry> components = new LinkedHashMap<>();
    private final Map<String, Integer> versions = new LinkedHashMap<>();
    private final List<RegistryListener> listeners = new CopyOnWriteArrayList<>();
    private final RegistryView view = new ReadOnly(this);

    /**
     * A registry that keeps the latest {@value #DEFAULT_RETAINED_VERSIONS} versions of each policy.
     *
     * @param clock stamps policy versions
     */
    public FunctionRegistry(Supplier<Instant> clock) {
        this(clock, DEFAULT_RETAINED_VERSIONS);
    }

    /**
     * @param clock            stamps policy versions
     * @param retainedVersions how many versions of each component's policy are kept for rollback, the
     *                         current one included; the oldest is dropped beyond that; at least 2
     */
    public FunctionRegistry(Supplier<Instant> clock, int retainedVersions) {
        if (retainedVersions < 2) {
            throw new IllegalArgumentException("retainedVersions must be at least 2 (the current version and one "
                    + "to roll back to), got " + retainedVersions);
        }
        this.clock = clock;
        this.retainedVersions = retainedVersions;
    }

    /** Declares one component. */
    public void declare(ComponentSpec spec, String origin) {
        apply(new RegistrationBatch(List.of(new RegistrationBatch.Declaration(spec, origin)), List.of()));
    }

    /** Registers one function. */
    public void register(RegisteredFunction function) {
        apply(RegistrationBatch.ofFunctions(List.of(function)));
    }

    /**
     * Declares the batch's components and registers its functions, or nothing.
     *
     * @throws RegistrationException listing every problem, each with its place and fix
     */
    public synchronized void apply(RegistrationBatch batch) {
        Map<String, String> declaredBy = new LinkedHashMap<>();
        components.forEach((name, entry) -> declaredBy.put(name, entry.origin));
        new BatchValidator(declaredBy, this::functions).validate(batch);
        for (RegistrationBatch.Declaration declaration : batch.components()) {
            ComponentSpec spec = declaration.spec();
            VersionedPolicy initial = new VersionedPolicy(spec.name(), 1, spec.policy(), clock.get(), "initial");
            components.put(spec.name(), new Entry(spec, declaration.origin(), initial));
            notify(l -> l.componentDeclared(spec, initial));
        }
        for (RegisteredFunction function : batch.functions()) {
            String key = function.descriptor().key();
            int version = versions.merge(key, 1, Integer::sum);
            RegisteredFunction versioned = new RegisteredFunction(
                    function.descriptor().withVersion(version), function.invoker(), function.origin());
            components.get(function.component()).functions.add(versioned);
            notify(l -> l.functionRegistered(versioned));
        }
    }

    /**
     * Removes a function.
     *
     * @return whether it was registered
     */
    public synchronized boolean unregister(String component, FunctionKind kind, String name) {
        Optional<RegisteredFunction> found = find(component, kind, name);
        found.ifPresent(f -> {
            components.get(component).functions.remove(f);
            notify(l -> l.functionUnregistered(f));
        });
        return found.isPresent();
    }

    /** The declared component, if any. */
    @Override
    public synchronized Optional<ComponentSpec> component(String name) {
        Entry entry = components.get(name);
        return entry == null ? Optional.empty() : Optional.of(entry.spec);
    }

    /** The names of the declared components, in declaration order. */
    @Override
    public synchronized Set<String> componentNames() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(components.keySet()));
    }

    /** The declared components, in declaration order. */
    @Override
    public synchronized List<ComponentSpec> components() {
        return components.values().stream().map(e -> e.spec).toList();
    }

    /** The component's functions of {@code kind}; repairs come in level order. */
    @Override
    public synchronized List<RegisteredFunction> functions(String component, FunctionKind kind) {
        List<RegisteredFunction> matching = new ArrayList<>();
        for (RegisteredFunction f : entry(component).functions) {
            if (f.kind() == kind) {
                matching.add(f);
            }
        }
        matching.sort(BY_LEVEL);
        return matching;
    }

    /** Every registered function. */
    @Override
    public synchronized List<RegisteredFunction> functions() {
        return components.values().stream().flatMap(e -> e.functions.stream()).toList();
    }

    /** One function, if registered. */
    @Override
    public synchronized Optional<RegisteredFunction> find(String component, FunctionKind kind, String name) {
        Entry entry = components.get(component);
        if (entry == null) {
            return Optional.empty();
        }
        return entry.functions.stream().filter(f -> f.kind() == kind && f.name().equals(name)).findFirst();
    }

    /** The component's current policy. */
    @Override
    public synchronized VersionedPolicy policy(String component) {
        List<VersionedPolicy> history = entry(component).history;
        return history.get(history.size() - 1);
    }

    /** One version of the component's policy, if it exists and is still kept. */
    @Override
    public synchronized Optional<VersionedPolicy> policy(String component, long version) {
        return entry(component).history.stream().filter(v -> v.version() == version).findFirst();
    }

    /** The versions of the component's policy still kept (the latest ones), oldest first. */
    @Override
    public synchronized List<VersionedPolicy> policyHistory(String component) {
        return List.copyOf(entry(component).history);
    }

    /**
     * This registry, read-only: what the runtime shows hosts. A cast does not get the registry back.
     */
    public RegistryView view() {
        return view;
    }

    /** Makes {@code policy} the component's next version. */
    public synchronized VersionedPolicy commitPolicy(String component, ComponentPolicy policy, String source) {
        return commitPolicy(component, policy, source, 0);
    }

    /**
     * Makes {@code policy} the component's version {@code version}, or its next version when
     * {@code version} is 0. A version above the next one leaves a gap: the versions between were
     * committed in the cluster but are no longer kept by its coordinator, so they cannot be rolled back to.
     *
     * @throws IllegalArgumentException when {@code version} is not above the current version
     */
    public synchronized VersionedPolicy commitPolicy(String component, ComponentPolicy policy, String source,
                                                     long version) {
        Entry entry = entry(component);
        VersionedPolicy previous = entry.history.get(entry.history.size() - 1);
        if (version != 0 && version <= previous.version()) {
            throw new IllegalArgumentException("'" + component + "' is at version " + previous.version()
                    + "; a commit numbered " + version + " would go back in its history");
        }
        long number = version == 0 ? previous.version() + 1 : version;
        VersionedPolicy next = new VersionedPolicy(component, number, policy, clock.get(), source);
        entry.history.add(next);
        if (entry.history.size() > retainedVersions) {
            entry.history.remove(0);
        }
        notify(l -> l.policyChanged(previous, next));
        return next;
    }

    /**
     * Tells {@code listener} about every later change.
     *
     * @return closing it stops the notifications
     */
    public Subscription addListener(RegistryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private Entry entry(String component) {
        Entry entry = components.get(component);
        if (entry == null) {
            throw new IllegalArgumentException(BatchValidator.unknownComponent(component, components.keySet()));
        }
        return entry;
    }

    private void notify(java.util.function.Consumer<RegistryListener> event) {
        for (RegistryListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("registry listener {} threw; the change stands", listener, e);
            }
        }
    }

    /** Reads through to the registry; no way to change it, nor to reach it. */
    private static final class ReadOnly implements RegistryView {

        private final RegistryView registry;

        ReadOnly(RegistryView registry) {
            this.registry = registry;
        }

        @Override
        public Optional<ComponentSpec> component(String name) {
            return registry.component(name);
        }

        @Override
        public Set<String> componentNames() {
            return registry.componentNames();
        }

        @Override
        public List<ComponentSpec> components() {
            return registry.components();
        }

        @Override
        public List<RegisteredFunction> functions(String component, FunctionKind kind) {
            return registry.functions(component, kind);
        }

        @Override
        public List<RegisteredFunction> functions() {
            return registry.functions();
        }

        @Override
        public Optional<RegisteredFunction> find(String component, FunctionKind kind, String name) {
            return registry.find(component, kind, name);
        }

        @Override
        public VersionedPolicy policy(String component) {
            return registry.policy(component);
        }

        @Override
        public Optional<VersionedPolicy> policy(String component, long version) {
            return registry.policy(component, version);
        }

        @Override
        public List<VersionedPolicy> policyHistory(String component) {
            return registry.policyHistory(component);
        }

        @Override
        public String toString() {
            return "RegistryView" + registry.componentNames();
        }
    }

    private static final class Entry {
        final ComponentSpec spec;
        final String origin;
        final List<RegisteredFunction> functions = new ArrayList<>();
        final List<VersionedPolicy> history = new ArrayList<>();

        Entry(ComponentSpec spec, String origin, VersionedPolicy initial) {
            this.spec = spec;
            this.origin = origin;
            history.add(initial);
        }
    }
}
