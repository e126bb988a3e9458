package io.hms.spring.boot;

import io.hms.api.ComponentSpec;
import io.hms.api.spi.Registrar;
import io.hms.core.Hms;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Components that only annotations name ({@code @HealthCheck}, {@code @Guarded}, ...): declared with the default
 * policy in the registration that needs them, and said in the log, so a misspelt name shows at start.
 */
final class AnnotatedComponents {

    private static final Logger LOG = LoggerFactory.getLogger(AnnotatedComponents.class);

    private AnnotatedComponents() {
    }

    /**
     * Registers with {@code runtime}, all or nothing, the components of {@code named} it does not have yet, then
     * {@code more}.
     *
     * @param where what named them, for the log, e.g. {@code "@Guarded"}
     */
    static void register(Hms runtime, Collection<String> named, Consumer<Registrar> more, String where) {
        List<String> undeclared = named.stream().filter(c -> runtime.registry().component(c).isEmpty()).toList();
        runtime.register(r -> {
            undeclared.forEach(c -> r.component(ComponentSpec.of(c)));
            more.accept(r);
        });
        if (!undeclared.isEmpty()) {
            LOG.info("declared {} with the default policy: {} names {} and no hms.components.<name>.* does",
                    undeclared, where, undeclared.size() == 1 ? "it" : "them");
        }
    }
}
