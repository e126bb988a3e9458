package io.hms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of invalid plans ({@code src/test/resources/plans/invalid}): each refused with a
 * {@link PlanException} only, its first problem at the expected line and column with the expected words, and
 * every problem with a fix and without a stack trace.
 */
class InvalidPlansTest {

    private static final String DIR = "/plans/invalid/";

    static Stream<Arguments> corpus() throws IOException {
        return expected().stream().map(line -> line.split("\\|", 4))
                .map(f -> Arguments.of(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]));
    }

    private static List<String> expected() throws IOException {
        return resource(DIR + "expected.txt").lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = InvalidPlansTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCorpusHoldsAtLeastFortyPlans() throws IOException {
        assertThat(expected()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachInvalidPlanIsRefusedAtItsPlaceWithAFix(String name, int line, int column, String words)
            throws IOException {
        String file = name + ".yaml";

        Throwable thrown = catchThrowable(() -> Plans.parse(resource(DIR + file), file));

        assertThat(thrown).isExactlyInstanceOf(PlanException.class);
        List<PlanProblem> problems = ((PlanException) thrown).problems();
        PlanProblem first = problems.getFirst();
        assertThat(first.file()).isEqualTo(file);
        assertThat(first.message()).contains(words);
        assertThat(new int[] {first.line(), first.column()}).as(first.toString()).containsExactly(line, column);
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.fix()).as(p.toString()).isNotBlank();
            assertThat(p.toString()).doesNotContain("Exception", "\tat ", "\n");
        });
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsParsed() {
        String huge = "hms-plan: 1\nname: a\n# " + "x".repeat(LocatedYaml.MAX_CHARS) + "\n";

        Throwable thrown = catchThrowable(() -> Plans.parse(huge, "huge.yaml"));

        assertThat(thrown).isExactlyInstanceOf(PlanException.class)
                .hasMessageContaining("huge.yaml:1:1: the file has " + huge.length() + " characters");
    }

    @Test
    void everyProblemOfAPlanIsReportedAtOnceInTheOrderOfTheFile() {
        String plan = """
                hms-plan: 1
                name: a
                components:
                  p:
                    guard:
                      timeout: soon
                    helth: {}
                optimizer:
                  runs:
                    - component: p
                      evaluations: -1
                """;

        PlanException e = (PlanException) catchThrowable(() -> Plans.parse(plan, "a.yaml"));

        assertThat(e.problems()).extracting(PlanProblem::line).containsExactly(6, 7, 11);
        assertThat(e.getMessage()).startsWith("the plan has 3 problems:")
                .contains("a.yaml:7:5: components.p.helth: unknown key 'helth'; did you mean 'health'?");
    }
}
