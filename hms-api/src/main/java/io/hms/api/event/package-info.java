/**
 * The organism's events: immutable records published on the in-process event bus. Every event is
 * an {@link io.hms.api.event.HmsEvent}; those about one component are
 * {@link io.hms.api.event.ComponentEvent}s. The hierarchy is sealed so a {@code switch} over it is
 * checked for completeness.
 */
package io.hms.api.event;
