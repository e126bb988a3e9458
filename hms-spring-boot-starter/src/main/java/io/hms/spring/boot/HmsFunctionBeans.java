package io.hms.spring.boot;

import io.hms.api.Fallback;
import io.hms.api.HealthCheck;
import io.hms.api.Repair;
import io.hms.core.Hms;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ReflectionUtils;

/**
 * Finds the beans with {@code @HealthCheck}, {@code @Repair} or {@code @Fallback} methods and registers them with
 * the {@code Hms} bean, as {@code Hms.builder().annotated(bean)} would: the singletons once all are created (before
 * the runtime starts), a bean created later at once. A component such a method names that no
 * {@code hms.components.<name>} property declares is declared with the default policy. A wrong signature fails the
 * context's start with HMS's message, which names the class, the method and the fix.
 *
 * <p>The bean behind a Spring AOP proxy is the one registered, so its methods are called as the class declares them.
 */
public final class HmsFunctionBeans implements BeanPostProcessor, SmartInitializingSingleton {

    private final ObjectProvider<Hms> hms;
    private final List<Waiting> waiting = new ArrayList<>();
    private boolean singletonsCreated;

    /** @param hms the runtime, looked up only once the singletons exist */
    public HmsFunctionBeans(ObjectProvider<Hms> hms) {
        this.hms = hms;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Object target = target(bean);
        Set<String> components = components(AopUtils.getTargetClass(target));
        if (!components.isEmpty()) {
            synchronized (this) {
                if (singletonsCreated) {
                    register(hms.getObject(), target, components);
                } else {
                    waiting.add(new Waiting(target, components));
                }
            }
        }
        return bean;
    }

    @Override
    public synchronized void afterSingletonsInstantiated() {
        singletonsCreated = true;
        if (waiting.isEmpty()) {
            return;
        }
        Hms runtime = hms.getObject();
        for (Waiting w : waiting) {
            register(runtime, w.bean(), w.components());
        }
        waiting.clear();
    }

    private static void register(Hms runtime, Object bean, Set<String> components) {
        AnnotatedComponents.register(runtime, components, r -> r.annotated(bean),
                AopUtils.getTargetClass(bean).getName());
    }

    /** A bean created before the singletons all were, and the components its methods name. */
    private record Waiting(Object bean, Set<String> components) {
    }

    private static Object target(Object bean) {
        Object target = AopProxyUtils.getSingletonTarget(bean);
        return target != null ? target(target) : bean;
    }

    /** The components {@code type}'s annotated methods name, in the order found; empty when it has none. */
    static Set<String> components(Class<?> type) {
        Set<String> components = new LinkedHashSet<>();
        ReflectionUtils.doWithMethods(type, method -> component(method, components));
        return components;
    }

    private static void component(Method method, Set<String> components) {
        HealthCheck check = method.getAnnotation(HealthCheck.class);
        if (check != null) {
            components.add(check.component());
        }
        Repair repair = method.getAnnotation(Repair.class);
        if (repair != null) {
            components.add(repair.component());
        }
        Fallback fallback = method.getAnnotation(Fallback.class);
        if (fallback != null) {
            components.add(fallback.component());
        }
    }
}
