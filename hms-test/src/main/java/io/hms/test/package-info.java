/**
 * Test fixtures for hosts and for HMS's own tests: {@link io.hms.test.LoopbackPorts} hands out free
 * loopback ports, so that the members of a Raft cluster can run side by side on one machine.
 */
package io.hms.test;
