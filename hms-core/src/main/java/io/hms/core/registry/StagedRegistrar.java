package io.hms.core.registry;

import io.hms.api.ComponentSpec;
import io.hms.api.FallbackFunction;
import io.hms.api.FunctionDescriptor;
import io.hms.api.FunctionKind;
import io.hms.api.HealthCheckFunction;
import io.hms.api.OptimizeFunction;
import io.hms.api.RepairFunction;
import io.hms.api.spi.Registrar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link Registrar} that collects registrations into one {@link RegistrationBatch}, applied to the
 * registry all at once with {@link #applyTo(FunctionRegistry)}. Argument errors are thrown at once,
 * naming the origin, and so is a component declared after a function that names it (as
 * {@link Registrar} says, a function must name a component declared before it: here, or earlier in the
 * registry); registry conflicts (unknown component, duplicate name) are found when applied.
 * Not thread-safe: one registrar per plugin or builder.
 */
public final class StagedRegistrar implements Registrar {

    private final String origin;
    private final List<RegistrationBatch.Declaration> components = new ArrayList<>();
    private final List<RegisteredFunction> functions = new ArrayList<>();
    private final Set<String> declaredHere = new HashSet<>();
    /** Functions staged for a component not declared here (yet): fine if the registry has it already. */
    private final Map<String, List<String>> namedBeforeDeclared = new LinkedHashMap<>();

    /** @param origin where the registrations come from, e.g. {@code "builder"} or {@code "plugin com.acme.P"} */
    public StagedRegistrar(String origin) {
        this.origin = origin;
    }

    /**
     * {@inheritDoc}
     *
     * @throws RegistrationException if a function staged before names this component: declare it first
     */
    @Override
    public StagedRegistrar component(ComponentSpec spec) {
        Objects.requireNonNull(spec, "spec");
        List<String> early = namedBeforeDeclared.get(spec.name());
        if (early != null) {
            throw new RegistrationException(List.of(origin + ": component '" + spec.name() + "' is declared after "
                    + String.join(", ", early) + " that name it; a function must name a component declared before "
                    + "it, so declare '" + spec.name() + "' first"));
        }
        components.add(new RegistrationBatch.Declaration(spec, origin));
        declaredHere.add(spec.name());
        return this;
    }

    @Override
    public StagedRegistrar healthCheck(String component, String name, HealthCheckFunction check) {
        return add(() -> FunctionDescriptor.healthCheck(component, name), check);
    }

    @Override
    public StagedRegistrar repair(String component, String name, int level, Duration timeout, RepairFunction repair) {
        return add(() -> FunctionDescriptor.repair(component, name, level, timeout), repair);
    }

    @Override
    public StagedRegistrar fallback(String component, FallbackFunction fallback) {
        return add(() -> FunctionDescriptor.of(component, "fallback", FunctionKind.FALLBACK), fallback);
    }

    @Override
    public StagedRegistrar optimize(String component, String name, OptimizeFunction hook) {
        return add(() -> FunctionDescriptor.of(component, name, FunctionKind.OPTIMIZE), hook);
    }

    @Override
    public StagedRegistrar annotated(Object host) {
        AnnotationScanner.scan(host).forEach(this::stage);
        return this;
    }

    /** Adds an already described function. */
    public StagedRegistrar function(RegisteredFunction function) {
        stage(Objects.requireNonNull(function, "function"));
        return this;
    }

    private void stage(RegisteredFunction function) {
        functions.add(function);
        if (!declaredHere.contains(function.component())) {
            namedBeforeDeclared.computeIfAbsent(function.component(), c -> new ArrayList<>())
                    .add("the " + function.kind() + " '" + function.name() + "'");
        }
    }

    /** What was collected. */
    public RegistrationBatch batch() {
        return new RegistrationBatch(components, functions);
    }

    /**
     * Applies everything collected, or nothing.
     *
     * @throws RegistrationException naming each problem
     */
    public void applyTo(FunctionRegistry registry) {
        registry.apply(batch());
    }

    private StagedRegistrar add(java.util.function.Supplier<FunctionDescriptor> descriptor, Object invoker) {
        try {
            Objects.requireNonNull(invoker, "the function");
            stage(new RegisteredFunction(descriptor.get(), invoker, origin));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RegistrationException(List.of(origin + ": " + e.getMessage()));
        }
        return this;
    }
}
