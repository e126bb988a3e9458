package io.hms.spring.boot.actuate;

import io.hms.core.Hms;
import io.hms.spring.boot.HmsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HMS in Actuator, when the application has it: the components' health under {@code hms}
 * ({@link HmsHealthContributor}; {@code management.health.hms.enabled=false} leaves it out) and the {@code hms}
 * endpoint ({@link HmsEndpoint}), exposed and opened to writes as the application's management properties say.
 */
@AutoConfiguration(after = HmsAutoConfiguration.class)
@ConditionalOnBean(Hms.class)
public class HmsActuatorAutoConfiguration {

    /** The components' health. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthContributor.class)
    @ConditionalOnEnabledHealthIndicator("hms")
    static class HealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "hmsHealthContributor")
        HmsHealthContributor hmsHealthContributor(Hms hms) {
            return new HmsHealthContributor(hms);
        }
    }

    /** The {@code hms} endpoint. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    @ConditionalOnAvailableEndpoint(HmsEndpoint.class)
    static class EndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        HmsEndpoint hmsEndpoint(Hms hms) {
            return new HmsEndpoint(hms);
        }
    }
}
