package io.hms.prover.corpus;

import io.hms.prover.spi.Theorem;
import io.hms.prover.spi.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One theorem as a file: a header of {@code ; key: value} lines, then SMT-LIB declarations and assertions that
 * assert the theorem's negation (no {@code set-logic} or {@code check-sat}: the backends add them).
 *
 * <pre>
 * ; id: equilibrium-hello
 * ; family: general-equilibrium
 * ; statement: In an exchange economy of 2 agents and 2 goods ...
 * ; source: Mas-Colell, Whinston &amp; Green, Microeconomic Theory (1995), Sec. 17.B
 * ; expected: proved
 * ; prelude: exchange-economy
 * ; encoding: prices and bundles are reals; the negation asserts ...
 * (declare-const p1 Real)
 * ...
 * </pre>
 *
 * <p>{@code id}, {@code family}, {@code statement}, {@code source} and {@code expected} ({@code proved} or
 * {@code refuted}) are required; {@code version} (from 1), {@code prelude} (names, comma-separated, prepended
 * in order) and {@code encoding} (how it is encoded, for a reader) are not. The stored encoding is self-contained:
 * the preludes' text, then the file's.
 */
public final class TheoremFile {
    private static final List<String> REQUIRED = List.of("id", "family", "statement", "source", "expected");
    private static final List<String> FORBIDDEN = List.of("(set-logic", "(check-sat", "(get-model", "(exit", "(push",
            "(pop", "(set-option", "(reset");

    private TheoremFile() {
    }

    /**
     * The theorem in {@code text}.
     *
     * @param origin   where the text comes from, for messages, e.g. {@code social-choice/arrow.smt2}
     * @param text     the file's text
     * @param preludes the text of a prelude by name
     * @throws IllegalArgumentException naming the origin, the line and the fix
     */
    public static Theorem parse(String origin, String text, Function<String, String> preludes) {
        Map<String, String> header = new LinkedHashMap<>();
        List<String> body = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (body.isEmpty() && line.startsWith(";")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String key = line.substring(1, colon).trim().toLowerCase(Locale.ROOT);
                    if (!key.contains(" ")) {
                        header.putIfAbsent(key, line.substring(colon + 1).trim());
                    }
                }
                continue;
            }
            String trimmed = line.trim();
            for (String command : FORBIDDEN) {
                if (trimmed.startsWith(command)) {
                    throw new IllegalArgumentException(origin + ":" + (i + 1) + ": '" + command + "' is added by the "
                            + "backends; remove it: a theorem holds only declarations and assertions");
                }
            }
            if (!trimmed.isEmpty() || !body.isEmpty()) {
                body.add(line);
            }
        }
        for (String key : REQUIRED) {
            if (header.getOrDefault(key, "").isEmpty()) {
                throw new IllegalArgumentException(origin + ": the header has no '; " + key + ": ...' line; add one "
                        + "before the first SMT-LIB line");
            }
        }
        if (body.stream().noneMatch(l -> l.trim().startsWith("(assert"))) {
            throw new IllegalArgumentException(origin + ": no assertion; assert the negation of the theorem");
        }
        StringBuilder encoding = new StringBuilder();
        for (String name : names(header.getOrDefault("prelude", ""))) {
            String prelude = preludes.apply(name);
            if (prelude == null) {
                throw new IllegalArgumentException(origin + ": no prelude '" + name + "'; put preludes/" + name
                        + ".smt2 beside the families, or fix the name");
            }
            encoding.append(prelude.strip()).append('\n');
        }
        encoding.append(String.join("\n", body).strip()).append('\n');
        return new Theorem(header.get("id"), version(origin, header.getOrDefault("version", "1")), header.get("family"),
                header.get("statement"), header.get("source"), expected(origin, header.get("expected")),
                encoding.toString());
    }

    /** A prelude's SMT-LIB, without its comment lines. */
    public static String preludeBody(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.trim().startsWith(";")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        return names;
    }

    private static int version(String origin, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(origin + ": version '" + text + "' is not a number; write 1, 2, ...", e);
        }
    }

    private static Verdict expected(String origin, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "proved" -> Verdict.PROVED;
            case "refuted" -> Verdict.REFUTED;
            default -> throw new IllegalArgumentException(origin + ": expected '" + text + "' is neither 'proved' "
                    + "(the negation is unsatisfiable) nor 'refuted' (it has a counter-model)");
        };
    }
}
