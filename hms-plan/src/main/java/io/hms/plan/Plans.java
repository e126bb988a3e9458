package io.hms.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.hms.api.Durations;
import io.hms.api.policy.ComponentPolicy;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks plans: the YAML is parsed with the place of every key, checked against the plan's JSON
 * Schema, bound to a {@link Plan}, and each component's policy is built over the defaults, so a plan that
 * passes here can be applied. Every problem is reported at once, each at its file, line and column.
 *
 * <pre>{@code
 * List<PlanProblem> problems = Plans.check(Path.of("checkout.hms.yaml"));   // empty when the plan is good
 * Plan plan = Plans.read(Path.of("checkout.hms.yaml"));                     // or PlanException
 * }</pre>
 */
public final class Plans {

    private static final ObjectMapper BINDER = new ObjectMapper()
            .registerModule(new SimpleModule("plan-durations").addDeserializer(Duration.class, new DurationReader()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Plans() {
    }

    /**
     * Reads the plan in {@code file}.
     *
     * @throws PlanException with every problem, when the file cannot be read or the plan is not valid
     */
    public static Plan read(Path file) {
        return parse(text(file), file.toString());
    }

    /**
     * Reads a plan from {@code text}; {@code file} names it in the problems.
     *
     * @throws PlanException with every problem, when the plan is not valid
     */
    public static Plan parse(String text, String file) {
        LocatedYaml.Parsed parsed = LocatedYaml.parse(text, file);
        List<PlanProblem> problems = PlanSchema.check(parsed, file);
        if (!problems.isEmpty()) {
            throw new PlanException(problems);
        }
        Plan plan = bind(parsed, file);
        problems.addAll(meaning(plan, parsed, file));
        if (!problems.isEmpty()) {
            throw new PlanException(problems);
        }
        return plan;
    }

    /** The problems of the plan in {@code file}; empty when it is good. */
    public static List<PlanProblem> check(Path file) {
        try {
            read(file);
            return List.of();
        } catch (PlanException e) {
            return e.problems();
        }
    }

    /** The plan's JSON Schema (draft 2020-12), for editors and YAML language servers. */
    public static String schema() {
        return PlanSchema.text();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw problem(file.toString(), "there is no such file", "check the path, or write one with 'hms plan new'");
        } catch (MalformedInputException e) {
            throw problem(file.toString(), "the file is not UTF-8 text", "save the plan as UTF-8");
        } catch (IOException e) {
            throw problem(file.toString(), "the file cannot be read (" + e.getMessage() + ")",
                    "check that it exists and can be read");
        }
    }

    private static PlanException problem(String file, String message, String fix) {
        return new PlanException(List.of(new PlanProblem(file, 1, 1, "", message, fix)));
    }

    private static Plan bind(LocatedYaml.Parsed parsed, String file) {
        try {
            return BINDER.treeToValue(parsed.root(), Plan.class);
        } catch (JsonMappingException e) {
            StringBuilder pointer = new StringBuilder();
            for (JsonMappingException.Reference r : e.getPath()) {
                pointer.append('/').append(r.getFieldName() != null ? PlanPaths.escape(r.getFieldName()) : r.getIndex());
            }
            int[] at = parsed.at(pointer.toString());
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new PlanException(List.of(new PlanProblem(file, at[0], at[1], PlanPaths.dotted(pointer.toString()),
                    cause == e ? e.getOriginalMessage() : cause.getMessage(), "see the plan schema (hms plan schema)")));
        } catch (IOException e) {
            throw problem(file, "the plan cannot be read: " + e.getMessage(), "");
        }
    }

    /** What the schema cannot say: each component's policy must be a valid one; experiment names are unique. */
    private static List<PlanProblem> meaning(Plan plan, LocatedYaml.Parsed parsed, String file) {
        List<PlanProblem> problems = new ArrayList<>();
        for (Map.Entry<String, ComponentPlan> c : plan.components().entrySet()) {
            String pointer = "/components/" + PlanPaths.escape(c.getKey());
            try {
                c.getValue().over(ComponentPolicy.defaults());
            } catch (IllegalArgumentException e) {
                String at = fieldNamed(parsed, pointer, e.getMessage());
                int[] place = parsed.at(at);
                problems.add(new PlanProblem(file, place[0], place[1], PlanPaths.dotted(at), e.getMessage(),
                        "change this setting or the one it is compared with (unset ones keep their defaults:"
                                + " see the plan schema)"));
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < plan.experiments().size(); i++) {
            String name = plan.experiments().get(i).name();
            if (!names.add(name)) {
                String at = "/experiments/" + i + "/name";
                int[] place = parsed.at(at);
                problems.add(new PlanProblem(file, place[0], place[1], PlanPaths.dotted(at),
                        "the experiment name '" + name + "' is used twice", "give each experiment its own name"));
            }
        }
        return problems;
    }

    /** The pointer of the setting a policy's message starts with, under {@code component}, else the component. */
    private static String fieldNamed(LocatedYaml.Parsed parsed, String component, String message) {
        String field = message.split("[ =]", 2)[0];
        return parsed.keys().keySet().stream()
                .filter(p -> p.startsWith(component + "/") && p.endsWith("/" + field))
                .sorted().findFirst().orElse(component);
    }

    /** Durations as plans write them ({@code 300ms}, {@code 2s}, ISO-8601), through {@link Durations#parse}. */
    private static final class DurationReader extends StdScalarDeserializer<Duration> {
        private static final long serialVersionUID = 1L;

        DurationReader() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return Durations.parse(parser.getValueAsString());
        }
    }
}
