package io.hms.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document read into a JSON tree that remembers where each key and value stood, so that a problem
 * found in the tree (by the schema, or later) can be reported at its line and column. Hostile input is
 * refused with a problem, never a crash: files over {@value #MAX_CHARS} characters, nesting deeper than
 * {@value #MAX_DEPTH}, aliases (anchors are not needed in a plan, and they are how a small file expands into a
 * huge one), duplicate keys and more than one document.
 */
final class LocatedYaml {

    static final int MAX_CHARS = 1 << 20;
    static final int MAX_DEPTH = 32;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLFactory YAML = yaml();

    /** The tree, and for each JSON pointer the place of its key (for members) and of its value. */
    record Parsed(JsonNode root, Map<String, JsonLocation> keys, Map<String, JsonLocation> values) {

        /** Where {@code pointer}'s key stands, else its value, else its parent's value; 1:1 at worst. */
        int[] at(String pointer) {
            for (String p = pointer; ; p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
                JsonLocation place = keys.containsKey(p) ? keys.get(p) : values.get(p);
                if (place != null) {
                    return new int[] {place.getLineNr(), place.getColumnNr()};
                }
                if (p.isEmpty()) {
                    return new int[] {1, 1};
                }
            }
        }
    }

    private final String file;
    private final List<PlanProblem> problems = new ArrayList<>();
    private final Map<String, JsonLocation> keys = new HashMap<>();
    private final Map<String, JsonLocation> values = new HashMap<>();

    private LocatedYaml(String file) {
        this.file = file;
    }

    private static YAMLFactory yaml() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(MAX_CHARS);
        loader.setNestingDepthLimit(MAX_DEPTH);
        loader.setMaxAliasesForCollections(0);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(loader).build();
        factory.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_CHARS).maxNumberLength(64).build());
        return factory;
    }

    /** @throws PlanException when the text is not one YAML document a plan can be read from */
    static Parsed parse(String text, String file) {
        if (text.length() > MAX_CHARS) {
            throw new PlanException(List.of(new PlanProblem(file, 1, 1, "", "the file has " + text.length()
                    + " characters; a plan has at most " + MAX_CHARS, "split it, or check that this is the plan")));
        }
        LocatedYaml reader = new LocatedYaml(file);
        JsonNode root = reader.read(text);
        if (!reader.problems.isEmpty()) {
            throw new PlanException(reader.problems);
        }
        return new Parsed(root, Map.copyOf(reader.keys), Map.copyOf(reader.values));
    }

    private JsonNode read(String text) {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new PlanProblem(file, 1, 1, "", "the file is empty",
                        "start from 'hms plan new <name>', which writes a plan with every section"));
                return null;
            }
            JsonNode root = value(parser, "");
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(new PlanProblem(file, at.getLineNr(), at.getColumnNr(), "",
                        "the file holds more than one YAML document", "keep one plan per file (remove the '---')"));
            }
            return root;
        } catch (StreamConstraintsException e) {
            JsonLocation at = e.getLocation();
            problems.add(new PlanProblem(file, line(at), column(at), "", "the YAML is nested deeper than "
                    + MAX_DEPTH + " levels, or holds a value too long for a plan", "a plan needs a few levels: check"
                    + " that this file is a plan"));
            return null;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                problems.add(new PlanProblem(file, yaml.getProblemMark().getLine() + 1,
                        yaml.getProblemMark().getColumn() + 1, "", "the YAML cannot be read: " + yaml.getProblem()
                        + (yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")"), "fix the YAML here"));
            } else {
                JsonLocation at = e.getLocation();
                problems.add(new PlanProblem(file, line(at), column(at), "", yamlMessage(e), "fix the YAML here"));
            }
            return null;
        } catch (IOException e) {
            problems.add(new PlanProblem(file, 1, 1, "", "the plan could not be read: " + e.getMessage(), ""));
            return null;
        } catch (RuntimeException e) { // snakeyaml's own limits (code points, nesting, aliases) and its errors
            problems.add(new PlanProblem(file, 1, 1, "", "the YAML cannot be read: " + firstLine(e.getMessage()),
                    "check the file is a plan: no anchors or aliases, at most " + MAX_DEPTH + " levels deep"));
            return null;
        }
    }

    private JsonNode value(JsonParser parser, String pointer) throws IOException {
        values.put(pointer, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            return refuse(parser, pointer, "a YAML alias (*" + parser.getText() + ") is not part of a plan",
                    "write the value itself");
        }
        if (parser.getObjectId() != null || token == JsonToken.VALUE_EMBEDDED_OBJECT) {
            return refuse(parser, pointer, "a YAML anchor (&" + parser.getObjectId() + ") is not part of a plan",
                    "write the value itself");
        }
        return switch (token) {
            case START_OBJECT -> object(parser, pointer);
            case START_ARRAY -> array(parser, pointer);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
            case VALUE_NULL -> NODES.nullNode();
            default -> refuse(parser, pointer, "unexpected " + token, "write a mapping, a list or a value");
        };
    }

    private JsonNode refuse(JsonParser parser, String pointer, String message, String fix) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        problems.add(new PlanProblem(file, at.getLineNr(), at.getColumnNr(), PlanPaths.dotted(pointer), message, fix));
        parser.skipChildren();
        return NODES.nullNode();
    }

    private ObjectNode object(JsonParser parser, String pointer) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String child = pointer + "/" + PlanPaths.escape(name);
            JsonLocation at = parser.currentTokenLocation();
            parser.nextToken();
            if (object.has(name)) {
                JsonLocation first = keys.get(child);
                problems.add(new PlanProblem(file, at.getLineNr(), at.getColumnNr(), PlanPaths.dotted(child),
                        "'" + name + "' is given twice (first at line " + first.getLineNr() + ")",
                        "keep one of them"));
                parser.skipChildren();
                continue;
            }
            keys.put(child, at);
            object.set(name, value(parser, child));
        }
        return object;
    }

    private ArrayNode array(JsonParser parser, String pointer) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser, pointer + "/" + array.size()));
        }
        return array;
    }

    private static int line(JsonLocation at) {
        return at == null ? 1 : Math.max(1, at.getLineNr());
    }

    private static int column(JsonLocation at) {
        return at == null ? 1 : Math.max(1, at.getColumnNr());
    }

    private static String yamlMessage(JsonProcessingException e) {
        String message = firstLine(e.getOriginalMessage());
        return message.isEmpty() ? "the YAML cannot be read" : "the YAML cannot be read: " + message;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip();
        int end = line.indexOf('\n');
        return (end < 0 ? line : line.substring(0, end)).strip();
    }
}
