package io.hms.core.registry;

import io.hms.api.Durations;
import io.hms.api.Fallback;
import io.hms.api.FunctionDescriptor;
import io.hms.api.FunctionKind;
import io.hms.api.Health;
import io.hms.api.HealthCheck;
import io.hms.api.Repair;
import io.hms.api.RepairContext;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the {@code @HealthCheck}, {@code @Repair} and {@code @Fallback} methods of a host object into
 * registered functions, checking each signature.
 *
 * <p>Every problem of the object is reported at once in one {@link RegistrationException}, each
 * naming {@code Class#method(params)} and the fix, and nothing of the object is registered.
 */
public final class AnnotationScanner {

    private AnnotationScanner() {
    }

    /**
     * Scans {@code host}'s class and superclasses (public and non-public methods).
     *
     * @return the functions, ready for a {@link RegistrationBatch}
     * @throws RegistrationException listing every bad annotation or signature
     */
    public static List<RegisteredFunction> scan(Object host) {
        List<RegisteredFunction> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Method method : methods(host.getClass())) {
            int annotations = count(method);
            if (annotations == 0) {
                continue;
            }
            String place = place(method);
            if (annotations > 1) {
                problems.add(place + ": a method may carry only one of @HealthCheck, @Repair, @Fallback; split it");
                continue;
            }
            try {
                found.add(toFunction(host, method, place));
            } catch (IllegalArgumentException e) {
                problems.add(place + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new RegistrationException(problems);
        }
        if (found.isEmpty()) {
            throw new RegistrationException(List.of(host.getClass().getName()
                    + ": has no @HealthCheck, @Repair or @Fallback method; annotate its methods or register it in code"));
        }
        return found;
    }

    private static RegisteredFunction toFunction(Object host, Method method, String place) {
        HealthCheck check = method.getAnnotation(HealthCheck.class);
        if (check != null) {
            requireParameters(method, "@HealthCheck", "takes no arguments");
            requireReturn(method, "@HealthCheck", "return Health, boolean or void",
                    Health.class, boolean.class, Boolean.class, void.class);
            Duration interval = duration(check.interval(), "interval");
            Duration timeout = duration(check.timeout(), "timeout");
            FunctionDescriptor d = new FunctionDescriptor(check.component(), name(check.name(), method),
                    FunctionKind.HEALTH_CHECK, 0, timeout, interval, 1);
            return new RegisteredFunction(d, MethodInvokers.healthCheck(host, accessible(method)), place);
        }
        Repair repair = method.getAnnotation(Repair.class);
        if (repair != null) {
            requireParameters(method, "@Repair", "takes no arguments or one RepairContext", RepairContext.class);
            requireReturn(method, "@Repair", "return void or boolean", void.class, boolean.class, Boolean.class);
            if (repair.level() < 1) {
                throw new IllegalArgumentException("@Repair level must be at least 1 (1 = the cheapest repair), got "
                        + repair.level());
            }
            FunctionDescriptor d = FunctionDescriptor.repair(repair.component(), name(repair.name(), method),
                    repair.level(), positive(duration(repair.timeout(), "timeout"), "timeout"));
            return new RegisteredFunction(d, MethodInvokers.repair(host, accessible(method)), place);
        }
        Fallback fallback = method.getAnnotation(Fallback.class);
        requireParameters(method, "@Fallback", "takes no arguments or one Throwable", Throwable.class);
        if (method.getReturnType() == void.class) {
            throw new IllegalArgumentException("a @Fallback method must return the value callers get in place of "
                    + "the component; change its return type from void");
        }
        FunctionDescriptor d = FunctionDescriptor.of(fallback.component(), name(fallback.name(), method),
                FunctionKind.FALLBACK);
        return new RegisteredFunction(d, MethodInvokers.fallback(host, accessible(method)), place);
    }

    private static void requireParameters(Method method, String annotation, String rule, Class<?> optional) {
        Class<?>[] types = method.getParameterTypes();
        boolean ok = types.length == 0 || (optional != null && types.length == 1 && types[0] == optional);
        if (!ok) {
            throw new IllegalArgumentException("a " + annotation + " method " + rule + "; change its parameters");
        }
    }

    private static void requireParameters(Method method, String annotation, String rule) {
        requireParameters(method, annotation, rule, null);
    }

    private static void requireReturn(Method method, String annotation, String rule, Class<?>... allowed) {
        if (!Arrays.asList(allowed).contains(method.getReturnType())) {
            throw new IllegalArgumentException("a " + annotation + " method must " + rule + ", not "
                    + method.getReturnType().getSimpleName());
        }
    }

    private static Duration duration(String text, String attribute) {
        if (text.isBlank()) {
            return Duration.ZERO;
        }
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(attribute + ": " + e.getMessage());
        }
    }

    private static Duration positive(Duration d, String attribute) {
        if (d.isZero()) {
            throw new IllegalArgumentException(attribute + " must be positive, e.g. \"2s\"");
        }
        return d;
    }

    private static String name(String given, Method method) {
        return given.isEmpty() ? method.getName() : given;
    }

    private static Method accessible(Method method) {
        if (!method.trySetAccessible()) {
            throw new IllegalArgumentException("HMS cannot call this method; make it public or open its package "
                    + "to io.hms.core");
        }
        return method;
    }

    private static int count(Method m) {
        return (m.isAnnotationPresent(HealthCheck.class) ? 1 : 0) + (m.isAnnotationPresent(Repair.class) ? 1 : 0)
                + (m.isAnnotationPresent(Fallback.class) ? 1 : 0);
    }

    /**
     * The annotated methods of {@code type} and its superclasses. An annotated method that a subclass
     * overrides with an annotated method of its own is left out: the most derived annotation wins. An
     * override without annotation keeps the inherited one (the call dispatches to the override).
     */
    private static List<Method> methods(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (!m.isSynthetic() && !m.isBridge() && count(m) > 0 && !overridden(m, methods)) {
                    methods.add(m);
                }
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        return methods;
    }

    private static boolean overridden(Method m, List<Method> subclassMethods) {
        int modifiers = m.getModifiers();
        if (Modifier.isPrivate(modifiers) || Modifier.isStatic(modifiers)) {
            return false;
        }
        boolean packagePrivate = !Modifier.isPublic(modifiers) && !Modifier.isProtected(modifiers);
        for (Method sub : subclassMethods) {
            if (!Modifier.isPrivate(sub.getModifiers()) && !Modifier.isStatic(sub.getModifiers())
                    && sub.getName().equals(m.getName())
                    && Arrays.equals(sub.getParameterTypes(), m.getParameterTypes())
                    && (!packagePrivate
                        || sub.getDeclaringClass().getPackageName().equals(m.getDeclaringClass().getPackageName()))) {
                return true;
            }
        }
        return false;
    }

    static String place(Method method) {
        String params = Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", "));
        String statik = Modifier.isStatic(method.getModifiers()) ? "static " : "";
        return statik + method.getDeclaringClass().getName() + "#" + method.getName() + "(" + params + ")";
    }
}
