package io.hms.spring.boot;

/**
 * An {@code hms.*} property whose value HMS cannot use: names the property and what is wrong with it. The
 * application context does not start; Spring Boot's failure report says what to change.
 */
public class HmsPropertyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String property;

    /**
     * @param property the property (or group of properties), as written in {@code application.properties}
     * @param problem  what is wrong with its value
     */
    public HmsPropertyException(String property, String problem) {
        super(property + ": " + problem);
        this.property = property;
    }

    /** The property, as written in {@code application.properties}. */
    public String property() {
        return property;
    }
}
