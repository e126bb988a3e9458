/**
 * The contracts and supervisor of the economic theorem-proving subsystem (to come). Provers plug in
 * behind these interfaces; nothing here depends on a particular prover or store.
 */
package io.hms.prover.spi;
