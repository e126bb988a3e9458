package io.hms.admin;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of the route table: a method and a path template such as {@code /hms/api/components/{name}},
 * whether it changes anything (a mutation always needs the token), and what answers it.
 *
 * @param method   the HTTP method
 * @param template the path, with {@code {name}} segments matching one path segment each
 * @param mutating whether the route changes the runtime
 * @param handler  what answers a matching request
 */
record Route(String method, String template, boolean mutating, Handler handler) {

    /** Answers a request: a value written as JSON with 200, a {@link Response}, or a thrown {@link Problem}. */
    @FunctionalInterface
    interface Handler {
        Object handle(Request request) throws java.io.IOException;
    }

    static Route read(String template, Handler handler) {
        return new Route("GET", template, false, handler);
    }

    static Route mutation(String method, String template, Handler handler) {
        return new Route(method, template, true, handler);
    }

    /** The values of the template's {@code {name}} segments when {@code path} matches, else empty. */
    Optional<Map<String, String>> match(String path) {
        String[] want = template.split("/", -1);
        String[] got = path.split("/", -1);
        if (want.length != got.length) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                if (got[i].isEmpty()) {
                    return Optional.empty();
                }
                values.put(want[i].substring(1, want[i].length() - 1),
                        java.net.URLDecoder.decode(got[i], java.nio.charset.StandardCharsets.UTF_8));
            } else if (!want[i].equals(got[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }
}
