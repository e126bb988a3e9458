package io.hms.spring.boot;

import io.hms.core.Hms;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Puts a proxy before each bean with {@link Guarded} methods (or a {@link Guarded} class), as Spring does for
 * {@code @Async}: each call of such a method goes through its component's guard. The components named are
 * declared with the default policy when nothing else declared them, once the singletons exist.
 */
public final class GuardedBeanPostProcessor extends AbstractBeanFactoryAwareAdvisingPostProcessor
        implements SmartInitializingSingleton {

    private static final long serialVersionUID = 1L;

    private final transient ObjectProvider<Hms> hms;
    private final transient Set<String> components = new LinkedHashSet<>();
    private boolean singletonsCreated;

    /** @param hms the runtime, looked up at the first guarded call and once the singletons exist */
    public GuardedBeanPostProcessor(ObjectProvider<Hms> hms) {
        this.hms = hms;
        ComposablePointcut pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(Guarded.class, true))
                .union(new AnnotationMatchingPointcut(null, Guarded.class, true));
        this.advisor = new DefaultPointcutAdvisor(pointcut, new GuardedInterceptor(hms));
        setBeforeExistingAdvisors(true);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (isEligible(bean, beanName)) {
            declare(named(AopUtils.getTargetClass(bean)));
        }
        return super.postProcessAfterInitialization(bean, beanName);
    }

    private synchronized void declare(Set<String> named) {
        components.addAll(named);
        if (singletonsCreated) {
            declareMissing();
        }
    }

    @Override
    public synchronized void afterSingletonsInstantiated() {
        singletonsCreated = true;
        declareMissing();
    }

    private void declareMissing() {
        if (components.isEmpty()) {
            return;
        }
        AnnotatedComponents.register(hms.getObject(), components, r -> { }, "@Guarded");
        components.clear();
    }

    /** The components {@code type}'s {@link Guarded} methods and class name. */
    static Set<String> named(Class<?> type) {
        Set<String> named = new LinkedHashSet<>();
        Guarded onType = AnnotatedElementUtils.findMergedAnnotation(type, Guarded.class);
        if (onType != null) {
            named.add(onType.value());
        }
        ReflectionUtils.doWithMethods(type, method -> {
            Guarded guarded = AnnotatedElementUtils.findMergedAnnotation(method, Guarded.class);
            if (guarded != null) {
                named.add(guarded.value());
            }
        });
        return named;
    }
}
