package io.hms.spring.boot;

import io.hms.core.HmsBuilder;

/**
 * A bean that adds to the {@code Hms.builder()} the starter fills from the {@code hms.*} properties, before the
 * runtime is built: components with a {@code ComponentSpec} of their own, functions as lambdas, a coordinator,
 * healer or anomaly options. Customizers run in {@code @Order}.
 *
 * <pre>{@code
 * @Bean
 * HmsBuilderCustomizer payments(PaymentGateway gateway) {
 *     return hms -> hms.component("payments").healthCheck("payments", "ping", gateway::ping);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface HmsBuilderCustomizer {

    /** Adds to {@code builder}. */
    void customize(HmsBuilder builder);
}
