package io.taos4j.cli.shell;

import io.taos4j.Block;
import io.taos4j.Field;
import io.taos4j.ResultSet;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Prints a result set as taos does, block by block as it streams in (never holding more than the current block):
 * a table with a centred header and a {@code =} rule, or with {@code \G} one {@code ***** n.row *****} section per
 * row with right-aligned labels. Rows beyond the limit are counted but not printed. Not thread-safe.
 */
final class ResultPrinter {

    /** What printing a result came to: rows read (all, printed or not) and whether it was stopped early. */
    record Outcome(long rows, boolean cancelled) {
    }

    private final Cells cells;
    private final PrintWriter out;

    ResultPrinter(Cells cells, PrintWriter out) {
        this.cells = cells;
        this.out = out;
    }

    /**
     * Reads {@code rs} to the end (or until {@code cancel} says so between blocks) and prints up to {@code limit}
     * rows (0: all); then, when rows were held back, a notice saying so.
     */
    Outcome print(ResultSet rs, boolean vertical, long limit, BooleanSupplier cancel) {
        List<Field> fields = rs.fields();
        int[] widths = new int[fields.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = cells.width(fields.get(c), rs.precision());
        }
        int labelWidth = fields.stream().mapToInt(f -> DisplayWidth.of(f.name())).max().orElse(0);
        long rows = 0;
        Block block;
        while (!cancel.getAsBoolean() && (block = rs.nextBlock()) != null) {
            for (int r = 0; r < block.rows(); r++, rows++) {
                if (limit > 0 && rows >= limit) {
                    continue;
                }
                if (vertical) {
                    printVertical(block, r, rows + 1, labelWidth);
                } else {
                    if (rows == 0) {
                        printHeader(fields, widths);
                    }
                    printRow(block, r, widths);
                }
            }
            out.flush();
        }
        boolean cancelled = cancel.getAsBoolean();
        if (limit > 0 && rows > limit && !cancelled) {
            out.println();
            out.println(" Notice: the result has " + rows + " rows; only the first " + limit + " are shown.");
            out.println("         Add a LIMIT clause, or start the shell with --row-limit 0 to see every row,");
            out.println("         or write them all to a file with: <query> >> file.csv;");
            out.println();
        }
        return new Outcome(rows, cancelled);
    }

    private void printHeader(List<Field> fields, int[] widths) {
        StringBuilder sb = new StringBuilder();
        int total = 0;
        for (int c = 0; c < widths.length; c++) {
            String name = fields.get(c).name();
            int padding = Math.max(0, widths[c] - DisplayWidth.of(name));
            int left = padding / 2;
            sb.append(' ').append(" ".repeat(left)).append(name).append(" ".repeat(padding - left)).append(" |");
            total += widths[c] + 3;
        }
        out.println(sb);
        out.println("=".repeat(total));
    }

    private void printRow(Block block, int row, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            sb.append(' ').append(cells.cell(block, c, row, widths[c])).append(" |");
        }
        out.println(sb);
    }

    private void printVertical(Block block, int row, long number, int labelWidth) {
        out.println("*************************** " + number + ".row ***************************");
        List<Field> fields = block.fields();
        for (int c = 0; c < fields.size(); c++) {
            String name = fields.get(c).name();
            out.println(" ".repeat(labelWidth - DisplayWidth.of(name)) + name + ": " + cells.text(block, c, row));
        }
    }
}
