/**
 * A checkout service whose inventory dependency breaks on purpose, healed by HMS on its embedded
 * defaults. Run {@link io.hms.examples.checkout.CheckoutDemo}.
 */
package io.hms.examples.checkout;
