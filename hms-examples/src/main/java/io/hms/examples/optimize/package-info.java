/**
 * The self-optimizing demo: a host whose dependency slows and fails as load rises records its trace
 * under overload, evolves a better guard policy from it and rolls the winner out through the configurator.
 */
package io.hms.examples.optimize;
