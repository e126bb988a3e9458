/**
 * How a host turns on the admin API: {@link io.hms.core.admin.AdminOptions} given to
 * {@code Hms.builder().admin(..)} (or {@code -Dhms.admin.port=}), served by the first
 * {@link io.hms.core.admin.AdminProvider} on the class path ({@code hms-admin}). hms-core holds only these
 * contracts; the HTTP server lives in {@code hms-admin}, so a host without it carries no server.
 */
package io.hms.core.admin;
