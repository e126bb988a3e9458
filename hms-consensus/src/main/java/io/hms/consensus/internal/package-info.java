/**
 * The machinery of the Raft coordinator: the versioned JSON command format, the replicated state
 * (registry changes and locks), the jraft state machine, command routing from followers to the
 * leader, and linearizable reads. Not an API; it may change in any release.
 */
package io.hms.consensus.internal;
