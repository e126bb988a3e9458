package io.hms.plan;

/** JSON pointers as the plan reader keeps them, and their dotted form in messages. */
final class PlanPaths {

    private PlanPaths() {
    }

    /** A key as one pointer segment. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** {@code /components/payments/guard} as {@code components.payments.guard}; list items as {@code [0]}. */
    static String dotted(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            String key = segment.replace("~1", "/").replace("~0", "~");
            if (!key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
                out.append('[').append(key).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(key);
            }
        }
        return out.toString();
    }
}
