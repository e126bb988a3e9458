/** How each chaos fault is applied and reverted, and how an experiment run proceeds; not public API. */
package io.hms.core.chaos.internal;
