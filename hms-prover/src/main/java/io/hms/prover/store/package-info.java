/**
 * The theorem store over JDBC: {@link io.hms.prover.store.JdbcTheoremStore} keeps theorems, every proof attempt
 * and the best strategy per family in an embedded H2 database by default, or in PostgreSQL for a team, its
 * schema migrated by Flyway when opened.
 */
package io.hms.prover.store;
