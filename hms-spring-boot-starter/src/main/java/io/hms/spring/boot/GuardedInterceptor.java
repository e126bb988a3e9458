package io.hms.spring.boot;

import io.hms.core.Hms;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodClassKey;
import org.springframework.core.annotation.AnnotatedElementUtils;

/** Runs a {@link Guarded} method's call through its component's guard. */
final class GuardedInterceptor implements MethodInterceptor {

    private final ObjectProvider<Hms> hms;
    /** By method and target class: a method two {@link Guarded} classes inherit is guarded by each class's own. */
    private final Map<MethodClassKey, String> components = new ConcurrentHashMap<>();

    GuardedInterceptor(ObjectProvider<Hms> hms) {
        this.hms = hms;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        Class<?> type = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
                : AopUtils.getTargetClass(invocation.getThis());
        String component = components.computeIfAbsent(new MethodClassKey(invocation.getMethod(), type),
                key -> component(invocation.getMethod(), type));
        return hms.getObject().guard(component).callChecked(() -> proceed(invocation));
    }

    private static Object proceed(MethodInvocation invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new UndeclaredThrowableException(t);
        }
    }

    /** The component of the {@link Guarded} on {@code method} (as {@code type} declares it), or on {@code type}. */
    static String component(Method method, Class<?> type) {
        Method declared = AopUtils.getMostSpecificMethod(method, type);
        Guarded guarded = AnnotatedElementUtils.findMergedAnnotation(declared, Guarded.class);
        if (guarded == null) {
            guarded = AnnotatedElementUtils.findMergedAnnotation(type, Guarded.class);
        }
        if (guarded == null) {
            throw new IllegalStateException(type.getName() + "#" + method.getName() + " is proxied for @Guarded but"
                    + " carries none");
        }
        return guarded.value();
    }
}
