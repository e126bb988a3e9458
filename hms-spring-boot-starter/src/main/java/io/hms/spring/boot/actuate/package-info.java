/** HMS in Actuator: the components' health under {@code hms} and the {@code hms} endpoint. */
package io.hms.spring.boot.actuate;
