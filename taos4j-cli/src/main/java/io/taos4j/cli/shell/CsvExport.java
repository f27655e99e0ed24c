package io.taos4j.cli.shell;

import io.taos4j.Block;
import io.taos4j.Field;
import io.taos4j.ResultSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * {@code <query> >> file}: every row of a result into a CSV file, streamed block by block. The first line holds the
 * column labels; values are written as {@link Cells#csv} renders them.
 */
final class CsvExport {
    private final Cells cells;

    CsvExport(Cells cells) {
        this.cells = cells;
    }

    ResultPrinter.Outcome write(ResultSet rs, Path file, BooleanSupplier cancel) throws IOException {
        List<Field> fields = rs.fields();
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int c = 0; c < fields.size(); c++) {
                w.write(c == 0 ? "" : ",");
                w.write(fields.get(c).name());
            }
            w.newLine();
            Block block;
            while (!cancel.getAsBoolean() && (block = rs.nextBlock()) != null) {
                for (int r = 0; r < block.rows(); r++, rows++) {
                    for (int c = 0; c < fields.size(); c++) {
                        w.write(c == 0 ? "" : ",");
                        w.write(cells.csv(block, c, r));
                    }
                    w.newLine();
                }
            }
        }
        return new ResultPrinter.Outcome(rows, cancel.getAsBoolean());
    }
}
