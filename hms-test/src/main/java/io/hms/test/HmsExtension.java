package io.hms.test;

import io.hms.core.Hms;
import io.hms.core.HmsBuilder;
import io.hms.core.chaos.Chaos;
import io.hms.core.chaos.ChaosOptions;
import io.hms.core.monitor.anomaly.AnomalyOptions;
import io.hms.core.time.ManualScheduler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The extension behind {@link HmsTest}: before each test it builds a runtime on a fresh {@link ManualScheduler}
 * through the class's {@link HmsSetup} methods and starts it; it resolves {@code Hms}, {@code ManualScheduler}
 * and {@code Chaos} parameters; after the test it closes the runtime; when the test failed it prints the
 * runtime's timeline to standard error.
 */
public final class HmsExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HmsExtension.class);
    private static final String RUNTIME = "runtime";

    @Override
    public void beforeEach(ExtensionContext context) {
        ManualScheduler clock = new ManualScheduler();
        HmsBuilder builder = Hms.builder().scheduler(clock).discoverPlugins(false).discoverOptimizer(false)
                .anomalies(AnomalyOptions.disabled()).chaos(ChaosOptions.enabled());
        Object test = context.getRequiredTestInstance();
        for (Method setup : setups(context.getRequiredTestClass())) {
            invoke(setup, test, builder);
        }
        Hms hms = builder.build().start();
        context.getStore(NAMESPACE).put(RUNTIME, new Runtime(hms, clock));
    }

    private static List<Method> setups(Class<?> type) {
        List<Method> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<Method> own = new ArrayList<>();
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(HmsSetup.class)) {
                    if (m.getParameterCount() != 1 || m.getParameterTypes()[0] != HmsBuilder.class
                            || m.getReturnType() != void.class) {
                        throw new ExtensionConfigurationException("@HmsSetup method " + c.getSimpleName() + "."
                                + m.getName() + " must take one HmsBuilder and return void, e.g."
                                + " `@HmsSetup void setup(HmsBuilder hms) { hms.component(\"db\"); }`");
                    }
                    own.add(m);
                }
            }
            found.addAll(0, own); // a superclass's setup runs first
        }
        return found;
    }

    private static void invoke(Method setup, Object test, HmsBuilder builder) {
        try {
            setup.setAccessible(true);
            setup.invoke(Modifier.isStatic(setup.getModifiers()) ? null : test, builder);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ExtensionConfigurationException("cannot call @HmsSetup method " + setup, e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        runtime(context).ifPresent(r -> r.hms.close());
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        runtime(context).ifPresent(r -> System.err.println("HMS timeline of " + context.getDisplayName() + ":"
                + System.lineSeparator() + Timeline.of(r.hms)));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Hms.class || type == ManualScheduler.class || type == Chaos.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Runtime r = runtime(context).orElseThrow(() -> new ParameterResolutionException(
                "no HMS runtime for " + context.getDisplayName() + ": HMS parameters go on test methods of an @HmsTest"
                        + " class, not on its constructor or lifecycle methods"));
        Class<?> type = parameter.getParameter().getType();
        return type == Hms.class ? r.hms : type == ManualScheduler.class ? r.clock : r.hms.chaos();
    }

    private static Optional<Runtime> runtime(ExtensionContext context) {
        return Optional.ofNullable(context.getStore(NAMESPACE).get(RUNTIME, Runtime.class));
    }

    private record Runtime(Hms hms, ManualScheduler clock) {
    }
}
