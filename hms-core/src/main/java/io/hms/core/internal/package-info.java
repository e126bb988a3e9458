/** Machinery shared by the agents; not part of the public API. */
package io.hms.core.internal;
