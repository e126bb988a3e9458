package io.hms.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the project's README compiles as written, against the modules it describes. A
 * snippet is its {@code import} lines followed either by type declarations (compiled as a source file of
 * its own) or by statements (compiled as the body of a method that may throw). All snippets are compiled
 * together, so a type one snippet declares may be used by the next, as a reader who copies them in order
 * would; nothing else is added to them.
 */
class ReadmeSnippetsTest {

    private static final Pattern BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile(
            "(?m)^(?:public\\s+|final\\s+|abstract\\s+|sealed\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");

    @Test
    void everyJavaSnippetOfTheReadmeCompilesAsWritten(@TempDir Path out) throws IOException {
        Path readme = findReadme();
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        List<Snippet> snippets = snippets(text);
        assertThat(snippets).as("java snippets in %s", readme).hasSizeGreaterThan(5);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", classPath(), "-d", out.toString(), "-proc:none",
                    "-Xlint:none", "--release", "21");
            boolean compiled = javac.getTask(null, files, diagnostics, options, null,
                    snippets.stream().map(Snippet::source).toList()).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() instanceof Source source) {
                    errors.add("README.md line " + source.snippet.readmeLine(d.getLineNumber()) + ": "
                            + d.getMessage(Locale.ROOT));
                } else if (d.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(d.getMessage(Locale.ROOT));
                }
            }
            assertThat(errors).as("compile errors of the README's snippets").isEmpty();
            assertThat(compiled).isTrue();
        }
    }

    private static List<Snippet> snippets(String readme) {
        List<Snippet> snippets = new ArrayList<>();
        Matcher block = BLOCK.matcher(readme);
        while (block.find()) {
            int firstLine = lineOf(readme, block.start(1));
            snippets.add(Snippet.of(snippets.size() + 1, firstLine, block.group(1)));
        }
        return snippets;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Path findReadme() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md").resolveSibling("hms-core"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the project's root, above %s", Path.of("").toAbsolutePath()).isNotNull();
        return dir.resolve("README.md");
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** One snippet: its imports, its body, and where its first line is in the README. */
    private record Snippet(int number, int firstLine, List<String> imports, String body, boolean declaresTypes,
                           String fileName) {

        static Snippet of(int number, int firstLine, String code) {
            List<String> lines = code.lines().toList();
            List<String> imports = new ArrayList<>();
            int i = 0;
            while (i < lines.size() && (lines.get(i).startsWith("import ") || lines.get(i).isBlank())) {
                imports.add(lines.get(i));
                i++;
            }
            String body = String.join("\n", lines.subList(i, lines.size()));
            Matcher type = TYPE.matcher(body);
            boolean declares = type.find();
            Matcher publicType = PUBLIC_TYPE.matcher(body);
            String file = publicType.find() ? publicType.group(1) : "Snippet" + number;
            return new Snippet(number, firstLine, imports, body, declares, file);
        }

        /** The README's line of line {@code n} of the generated source. */
        long readmeLine(long n) {
            long bodyStart = imports.size() + (declaresTypes ? 2 : 4);
            return n <= imports.size() + 1 ? firstLine + Math.max(0, n - 2)
                    : firstLine + imports.size() + (n - bodyStart);
        }

        JavaFileObject source() {
            StringBuilder src = new StringBuilder("package readme;\n");
            imports.forEach(line -> src.append(line).append('\n'));
            if (declaresTypes) {
                src.append(body).append('\n');
            } else {
                src.append("@SuppressWarnings(\"unused\")\nfinal class Snippet").append(number).append(" {\n")
                        .append("void run() throws Exception {\n").append(body).append("\n}\n}\n");
            }
            return new Source(this, fileName, src.toString());
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        final Snippet snippet;
        private final String code;

        Source(Snippet snippet, String file, String code) {
            super(URI.create("string:///readme/" + file.replace(File.separatorChar, '/') + Kind.SOURCE.extension),
                    Kind.SOURCE);
            this.snippet = snippet;
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
