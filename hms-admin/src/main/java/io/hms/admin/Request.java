package io.hms.admin;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.hms.api.Durations;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One request as a handler sees it: path values, query, headers and a body read within the size limit. */
final class Request {

    private final HttpExchange exchange;
    private final Map<String, String> pathValues;
    private final Map<String, String> query;
    private final int maxBodyBytes;
    private final ObjectMapper json;
    private final String caller;

    Request(HttpExchange exchange, Map<String, String> pathValues, int maxBodyBytes, ObjectMapper json,
            String caller) {
        this.exchange = exchange;
        this.pathValues = pathValues;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
        this.maxBodyBytes = maxBodyBytes;
        this.json = json;
        this.caller = caller;
    }

    private static Map<String, String> parseQuery(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    /** The value of the path template's {@code {name}} segment. */
    String path(String name) {
        return pathValues.get(name);
    }

    /**
     * A duration given in a query ({@code 5m}, {@code 30s}, {@code PT5M}).
     *
     * @throws Problem 400 naming the parameter and the forms it takes
     */
    static Duration duration(String text, String parameter) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(parameter + ": " + e.getMessage(), parameter, "give e.g. ?" + parameter + "=5m");
        }
    }

    /** A query parameter. */
    Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /** A header. */
    Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /** Who asked: the token's id, or {@code anonymous} for a read let through without one. */
    String caller() {
        return caller;
    }

    /** The request's path. */
    String pathString() {
        return exchange.getRequestURI().getPath();
    }

    HttpExchange exchange() {
        return exchange;
    }

    /**
     * The body as {@code type}.
     *
     * @throws Problem 413 when it is over the limit, 400 naming line, column and field when it is not valid
     */
    <T> T body(Class<T> type) throws IOException {
        byte[] bytes = bodyBytes();
        if (bytes.length == 0) {
            throw Problem.badRequest("the request has no body; send a JSON " + type.getSimpleName(), null,
                    "send Content-Type: application/json with a JSON object");
        }
        try {
            return json.readValue(bytes, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining("."));
            throw Problem.badRequest(where(e.getLocation()) + ": " + e.getOriginalMessage(),
                    field.isEmpty() ? null : field, "see the endpoint's fields in the README's admin API section");
        } catch (JsonProcessingException e) {
            throw Problem.badRequest(where(e.getLocation()) + ": " + e.getOriginalMessage(), null,
                    "send valid JSON");
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "the body" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private byte[] bodyBytes() throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodyBytes) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw Problem.badRequest("Content-Length " + length + " is not a number", "Content-Length",
                        "send the body's length in bytes");
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) {
                throw tooLarge();
            }
            return bytes;
        }
    }

    private Problem tooLarge() {
        return new Problem(413, "Content too large", "the body is over " + maxBodyBytes + " bytes", null,
                "send a smaller body, or raise AdminOptions.maxBodyBytes on the host");
    }
}
