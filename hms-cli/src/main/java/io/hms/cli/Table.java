package io.hms.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rows printed as columns that fit a terminal of {@value #WIDTH} characters: every column as wide as its
 * widest cell, and the widest columns cut (with an ellipsis) until the row fits.
 */
final class Table {

    static final int WIDTH = 80;
    private static final String GAP = "  ";

    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = headers;
    }

    Table row(Object... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells for " + headers.length
                    + " columns");
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toArray(String[]::new));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the table; {@code color} colours a cell after it was cut to width (colour codes take no columns). */
    void print(PrintWriter out, Style style, UnaryOperator<String> color) {
        int[] widths = widths();
        out.println(style.bold(line(headers, widths)));
        for (String[] row : rows) {
            String[] cells = new String[row.length];
            for (int i = 0; i < row.length; i++) {
                String cut = cut(row[i], widths[i]);
                cells[i] = color.apply(cut) + (i == row.length - 1 ? "" : " ".repeat(widths[i] - cut.length()));
            }
            out.println(String.join(GAP, cells).stripTrailing());
        }
        out.flush();
    }

    void print(PrintWriter out, Style style) {
        print(out, style, style::state);
    }

    private int[] widths() {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = headers[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        int total = Arrays.stream(widths).sum() + GAP.length() * (widths.length - 1);
        while (total > WIDTH) {
            int widest = 0;
            for (int i = 1; i < widths.length; i++) {
                if (widths[i] > widths[widest]) {
                    widest = i;
                }
            }
            if (widths[widest] <= Math.max(4, headers[widest].length())) {
                break;
            }
            widths[widest]--;
            total--;
        }
        return widths;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cut = cut(cells[i], widths[i]);
            out.append(i == 0 ? "" : GAP).append(cut).append(i == cells.length - 1 ? ""
                    : " ".repeat(widths[i] - cut.length()));
        }
        return out.toString().stripTrailing();
    }

    private static String cut(String text, int width) {
        String one = text.replace('\n', ' ');
        return one.length() <= width ? one : one.substring(0, Math.max(0, width - 1)) + "…";
    }
}
