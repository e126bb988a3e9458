package io.hms.spring.boot;

import io.hms.core.Hms;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The starter's auto-configuration: an {@code Hms} bean built from the {@code hms.*} properties
 * ({@link HmsProperties}) and the application's {@link HmsBuilderCustomizer}s, on the context's
 * {@link MeterRegistry} when there is one; started and closed with the context ({@link HmsLifecycle}); the beans'
 * {@code @HealthCheck}, {@code @Repair} and {@code @Fallback} methods registered ({@link HmsFunctionBeans}); and
 * {@link Guarded} methods proxied through their guards. {@code hms.enabled=false} turns it all off; an
 * {@code Hms} bean of the application's own replaces the one built here.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(Hms.class)
@ConditionalOnBooleanProperty(name = "hms.enabled", matchIfMissing = true)
@EnableConfigurationProperties(HmsProperties.class)
public class HmsAutoConfiguration {

    /** The runtime, built but not started: {@link HmsLifecycle} starts it once every bean is registered. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Hms hms(HmsProperties properties, Environment environment, ObjectProvider<MeterRegistry> meters,
                   ObjectProvider<HmsBuilderCustomizer> customizers, ApplicationContext context) {
        String name = properties.getRuntimeName() != null ? properties.getRuntimeName()
                : environment.getProperty("spring.application.name");
        return HmsRuntimeFactory.build(properties, name, meters.getIfUnique(), context.getClassLoader(),
                customizers.orderedStream().toList());
    }

    /** Starts the runtime with the context and closes it when the context stops. */
    @Bean
    @ConditionalOnMissingBean
    public HmsLifecycle hmsLifecycle(Hms hms) {
        return new HmsLifecycle(hms);
    }

    /** Registers the beans' {@code @HealthCheck}, {@code @Repair} and {@code @Fallback} methods. */
    @Bean
    public static HmsFunctionBeans hmsFunctionBeans(ObjectProvider<Hms> hms) {
        return new HmsFunctionBeans(hms);
    }

    /** Proxies {@link Guarded} bean methods through their components' guards. */
    @Bean
    public static GuardedBeanPostProcessor hmsGuardedBeanPostProcessor(ObjectProvider<Hms> hms) {
        return new GuardedBeanPostProcessor(hms);
    }
}
