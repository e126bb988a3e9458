/**
 * The FFI registry ("Functional Fitness Interface"): components, the functions registered for them
 * (health checks, repairs, fallbacks, optimize hooks), and their versioned policies. Functions arrive
 * from annotated host objects ({@link io.hms.core.registry.AnnotationScanner}), from code through a
 * {@link io.hms.api.spi.Registrar}, or from {@link io.hms.api.spi.HmsPlugin}s
 * ({@link io.hms.core.registry.PluginLoader}). Every batch of registrations is all or nothing.
 */
package io.hms.core.registry;
