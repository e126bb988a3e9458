package io.hms.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JUnit 5 test class whose tests each get a started HMS runtime on a manual clock: nothing happens until the
 * test moves time ({@code clock.advance(...)}, or an assertion that waits, such as
 * {@link HmsAssert#recoversWithin}), so the same test gives the same timeline every run. The runtime has chaos
 * enabled, discovers no plugins, optimizer or anomaly detector, and is closed after the test. Methods annotated
 * {@link HmsSetup} configure it; test methods take what they need as parameters: {@code Hms}, {@code ManualScheduler},
 * {@code Chaos} (the fault injector). When a test fails, the runtime's timeline of events is printed.
 *
 * <pre>{@code
 * @HmsTest
 * class InventoryHealsTest {
 *     @HmsSetup
 *     void inventory(HmsBuilder hms) {
 *         hms.component("inventory").annotated(new InventoryFunctions(client));
 *     }
 *
 *     @Test
 *     void aKilledInventoryIsRepaired(Hms hms, Chaos chaos) {
 *         chaos.injectUntilRepaired(new KillFault("inventory"), Duration.ofSeconds(20));
 *         HmsAssertions.assertThat(hms).recoversWithin("inventory", Duration.ofSeconds(10)).escalatedTo("inventory", 1);
 *     }
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(HmsExtension.class)
public @interface HmsTest {
}
