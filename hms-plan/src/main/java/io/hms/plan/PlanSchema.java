package io.hms.plan;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plan's JSON Schema (draft 2020-12, shipped in the jar as {@value #RESOURCE}) and what its errors mean
 * for a person: each one at the line and column of the YAML, with the path in the plan and a fix (the
 * nearest allowed key for an unknown one, the forms of a duration, the allowed values).
 */
final class PlanSchema {

    static final String RESOURCE = "/io/hms/plan/hms-plan.schema.json";

    private static final String TEXT = load();
    private static final JsonNode NODE = parse(TEXT);
    private static final Schema SCHEMA =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(NODE);

    private PlanSchema() {
    }

    static String text() {
        return TEXT;
    }

    private static String load() {
        try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the plan schema " + RESOURCE + " is missing from the hms-plan jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's problems with {@code plan}, in the order of the file, one per place and kind. */
    static List<PlanProblem> check(LocatedYaml.Parsed plan, String file) {
        List<PlanProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Error error : SCHEMA.validate(plan.root())) {
            String pointer = pointer(error.getInstanceLocation());
            String keyword = error.getKeyword();
            if ("allOf".equals(keyword) || "if".equals(keyword) || "then".equals(keyword)
                    || "$ref".equals(keyword)) {
                continue; // reported by the keyword inside them
            }
            String at = switch (keyword) {
                case "additionalProperties", "propertyNames" -> pointer + "/" + PlanPaths.escape(property(error));
                default -> pointer;
            };
            if (!seen.add(at + " " + keyword + " " + property(error))) {
                continue;
            }
            int[] place = plan.at(at);
            problems.add(new PlanProblem(file, place[0], place[1], PlanPaths.dotted(at), message(error, at),
                    fix(error)));
        }
        problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return problems;
    }

    private static String property(Error error) {
        return error.getProperty() == null ? "" : error.getProperty();
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(PlanPaths.escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    private static String message(Error error, String at) {
        JsonNode value = error.getInstanceNode();
        String shown = value == null ? "" : value.isTextual() ? "'" + value.asText() + "'" : value.toString();
        JsonNode rule = error.getSchemaNode();
        String last = at.isEmpty() ? "the plan" : "'" + PlanPaths.dotted(at).replaceAll(".*[.]", "") + "'";
        return switch (error.getKeyword()) {
            case "additionalProperties" -> "unknown key '" + property(error) + "'";
            case "required" -> "'" + property(error) + "' is missing";
            case "type" -> last + " is " + kind(value) + ", not " + typeName(rule.asText());
            case "enum" -> shown + " is not one of " + enumValues(rule);
            case "const" -> last + " must be " + rule + ", got " + shown;
            case "pattern" -> isDuration(error) ? shown + " is not a duration" : shown + " is not a valid name";
            case "propertyNames" -> "'" + property(error) + "' is not a valid name";
            case "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum" -> last + " is " + shown
                    + ", out of range (" + error.getKeyword() + " " + rule + ")";
            case "maxItems", "maxProperties" -> last + " has more entries than the " + rule + " allowed";
            default -> strip(error.getMessage());
        };
    }

    private static String fix(Error error) {
        return switch (error.getKeyword()) {
            case "additionalProperties" -> didYouMean(property(error), allowed(error), "keys");
            case "required" -> "add '" + property(error) + "'" + description(error, property(error));
            case "enum" -> didYouMean(error.getInstanceNode() == null ? "" : error.getInstanceNode().asText(),
                    enumValues(error.getSchemaNode()), "values");
            case "propertyNames" -> "use letters, digits, '.', '_' and '-' (at most 100), starting with a letter or"
                    + " digit";
            case "pattern" -> isDuration(error) ? "write e.g. 300ms, 2s, 1m, 1h or PT0.5S"
                    : "use letters, digits, '.', '_' and '-' (at most 100), starting with a letter or digit";
            case "const" -> "write " + PlanPaths.dotted(pointer(error.getInstanceLocation())).replaceAll(".*[.]", "")
                    + ": " + error.getSchemaNode();
            default -> {
                String described = description(error, null);
                yield described.isEmpty() ? "see the plan schema (hms plan schema)"
                        : "expected: " + described.substring(2);
            }
        };
    }

    private static boolean isDuration(Error error) {
        return error.getSchemaLocation().toString().contains("/$defs/duration/");
    }

    private static String typeName(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "text";
            case "boolean" -> "true or false";
            default -> type;
        };
    }

    private static String kind(JsonNode value) {
        if (value == null || value.isNull() || value.isTextual() && value.asText().isEmpty()) {
            return "empty";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        return (value.isTextual() ? "the text " : value.isBoolean() ? "the boolean " : "the number ")
                + (value.isTextual() ? "'" + value.asText() + "'" : value.toString());
    }

    private static List<String> enumValues(JsonNode rule) {
        List<String> values = new ArrayList<>();
        if (rule != null) {
            rule.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    /** The keys the schema allows where an unknown one was found. */
    private static List<String> allowed(Error error) {
        JsonNode owner = schemaNode(error, 1);
        List<String> names = new ArrayList<>();
        if (owner != null && owner.has("properties")) {
            owner.get("properties").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** The description of the property the error is about (or of {@code property} within it), as "; ...". */
    private static String description(Error error, String property) {
        JsonNode node = schemaNode(error, 1);
        for (int up = 2; property != null && node != null && !node.path("properties").has(property) && up < 6; up++) {
            node = schemaNode(error, up); // a rule inside allOf/if/then: the properties are further up
        }
        if (node != null && property != null) {
            node = node.path("properties").path(property);
        }
        JsonNode text = node == null ? null : node.get("description");
        return text == null ? "" : ": " + text.asText();
    }

    /** The schema node {@code up} levels above the error's keyword, found in the schema by its location. */
    private static JsonNode schemaNode(Error error, int up) {
        String location = error.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        String fragment = hash < 0 ? "" : location.substring(hash + 1);
        for (int i = 0; i < up && !fragment.isEmpty(); i++) {
            fragment = fragment.substring(0, fragment.lastIndexOf('/'));
        }
        JsonNode node = NODE.at(JsonPointer.compile(fragment));
        return node.isMissingNode() ? null : node;
    }

    static String didYouMean(String given, List<String> allowed, String noun) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = distance(given.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        String list = "allowed here: " + String.join(", ", allowed);
        if (best != null && bestDistance <= Math.max(2, given.length() / 3)) {
            return "did you mean '" + best + "'? (" + list + ")";
        }
        return allowed.isEmpty() ? "remove it"
                : ("keys".equals(noun) ? "remove it or use one of the keys " : "use one of ") + String.join(", ", allowed);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String strip(String message) {
        int colon = message.indexOf(": ");
        return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
    }

}
