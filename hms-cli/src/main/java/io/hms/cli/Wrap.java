package io.hms.cli;

import java.util.ArrayList;
import java.util.List;

/** A line cut at spaces into lines of a terminal's width, the ones after the first indented; colours take no columns. */
final class Wrap {

    static final String INDENT = "    ";

    private Wrap() {
    }

    static List<String> lines(String line, int width) {
        List<String> lines = new ArrayList<>();
        String rest = line;
        String indent = "";
        while (visible(indent + rest) > width) {
            int room = width - indent.length();
            int end = cutAt(rest, room);
            int space = rest.lastIndexOf(' ', end);
            int cut = space > 0 ? space : end;
            lines.add(indent + rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
            indent = INDENT;
        }
        lines.add(indent + rest);
        return lines;
    }

    /** Columns {@code text} takes on a terminal. */
    static int visible(String text) {
        return text.replaceAll("\\u001b\\[[0-9;]*m", "").length();
    }

    /** The index in {@code text} where {@code columns} visible columns end. */
    private static int cutAt(String text, int columns) {
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\u001b') {
                int end = text.indexOf('m', i);
                i = end < 0 ? i : end;
                continue;
            }
            if (++seen > columns) {
                return i;
            }
        }
        return text.length();
    }
}
