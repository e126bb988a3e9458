package io.hms.core.registry;

import io.hms.api.FallbackFunction;
import io.hms.api.Health;
import io.hms.api.HealthCheckFunction;
import io.hms.api.RepairFunction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** Adapts annotated methods to the function interfaces, unwrapping the exceptions they throw. */
final class MethodInvokers {

    private MethodInvokers() {
    }

    static HealthCheckFunction healthCheck(Object host, Method method) {
        Object target = target(host, method);
        boolean returnsVoid = method.getReturnType() == void.class;
        return () -> switch (invoke(target, method)) {
            case Health health -> health;
            case Boolean ok -> ok ? Health.up() : Health.down(method.getName() + " returned false");
            case null -> returnsVoid ? Health.up() : Health.down(method.getName() + " returned null");
            default -> throw new IllegalStateException("unexpected result of " + method);
        };
    }

    static RepairFunction repair(Object host, Method method) {
        Object target = target(host, method);
        boolean takesContext = method.getParameterCount() == 1;
        return context -> {
            Object result = takesContext ? invoke(target, method, context) : invoke(target, method);
            return !(result instanceof Boolean ok) || ok;
        };
    }

    static FallbackFunction fallback(Object host, Method method) {
        Object target = target(host, method);
        boolean takesCause = method.getParameterCount() == 1;
        return cause -> takesCause ? invoke(target, method, cause) : invoke(target, method);
    }

    private static Object target(Object host, Method method) {
        return Modifier.isStatic(method.getModifiers()) ? null : host;
    }

    private static Object invoke(Object target, Method method, Object... args) throws Exception {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
