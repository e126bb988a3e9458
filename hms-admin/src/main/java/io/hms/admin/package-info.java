/**
 * The admin API of an HMS runtime: JSON endpoints to see and steer it, the live event stream (Server-Sent
 * Events) and the organism page, on the JDK's built-in HTTP server with virtual threads, so a host pays for
 * no other server. Turned on with {@code Hms.builder().admin(AdminOptions..)} or {@code -Dhms.admin.port=};
 * {@link io.hms.admin.HmsAdminProvider} is found by {@link java.util.ServiceLoader}.
 */
package io.hms.admin;
