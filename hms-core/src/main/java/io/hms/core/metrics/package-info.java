/**
 * The Metrics agent: binds HMS's meters to any Micrometer {@code MeterRegistry}. Guard counters are
 * read from the guards' own lock-free counters when the registry polls (nothing is added to the call
 * path); health, breaker, repair, incident and patch meters follow the event bus.
 */
package io.hms.core.metrics;
