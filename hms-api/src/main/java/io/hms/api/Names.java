package io.hms.api;

import java.util.regex.Pattern;

/**
 * The rule for component and function names: 1 to 64 characters of letters, digits, {@code . _ -},
 * starting with a letter or digit. Names become meter tags and lock names, so they stay plain.
 */
public final class Names {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Names() {
    }

    /** Whether {@code name} follows the rule. */
    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * Returns {@code name} if it follows the rule.
     *
     * @throws IllegalArgumentException naming {@code what} and the value, otherwise
     */
    public static String requireName(String name, String what) {
        if (!isValid(name)) {
            throw new IllegalArgumentException(what + " must be 1-64 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit; got " + (name == null ? "null" : "'" + name + "'"));
        }
        return name;
    }
}
