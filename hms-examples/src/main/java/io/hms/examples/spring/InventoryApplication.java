package io.hms.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot service that heals itself with {@code hms-spring-boot-starter}: its inventory pool can wedge
 * ({@code POST /faults/wedge}); HMS's health check sees it, Actuator's health of {@code hms/inventory} turns DOWN,
 * the healer climbs the repair ladder (evict the pool, then restart it) and the health is UP again. Calls to
 * {@code GET /stock/{sku}} go through the inventory's guard and fall back to the last known stock meanwhile.
 *
 * <pre>
 * mvn -q -Pspring-demo -DskipTests verify      # then: curl localhost:8080/actuator/health/hms
 * </pre>
 */
@SpringBootApplication
public class InventoryApplication {

    /** Runs the service. */
    public static void main(String[] args) {
        SpringApplication.run(InventoryApplication.class, args);
    }
}
