package io.taos4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Each comparison at a tiny size, end to end against the real server (in a child JVM, or in-process for
 * {@code sql}): both clients run and write or read every row, and the figures are filled in. Speeds are not checked.
 */
class ComparisonsTest {

    private static List<Figure> run(Comparison c, String... args) throws Exception {
        new CommandLine(c).parseArgs(args);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        List<Figure> figures = c.compare(1, new PrintStream(text, true, StandardCharsets.UTF_8));
        assertThat(figures).as(text.toString(StandardCharsets.UTF_8)).isNotEmpty();
        for (Figure f : figures) {
            assertThat(f.comparison()).isEqualTo(c.name());
            assertThat(f.taos4j()).as(f.toString()).isPositive();
            assertThat(f.official()).as(f.toString()).isPositive();
        }
        return figures;
    }

    private static void insertFigure(Figure f, long rows) {
        assertThat(f.rows()).isEqualTo(rows);
        assertThat(f.taos4jCpuNanosPerRow()).as(f.toString()).isPositive();
        assertThat(f.officialCpuNanosPerRow()).as(f.toString()).isPositive();
    }

    @Test
    void stmt2BothApis() throws Exception {
        insertFigure(run(new Stmt2Ingest(), "--tables", "3", "--rows", "40", "--tables-per-bind", "2",
                "--rows-per-bind", "25", "--warmup", "0", "--runs", "1", "--server-heap", "256m").get(0), 120);
        insertFigure(run(new Stmt2Ingest(), "--tables", "2", "--rows", "30", "--jdbc-mode", "columnar", "--warmup",
                "0", "--runs", "1", "--server-heap", "256m").get(0), 60);
    }

    @Test
    void sqlInsert() throws Exception {
        insertFigure(run(new InsertSqlBench(), "--tables", "3", "--rows", "50", "--batch", "20", "--warmup", "0",
                "--runs", "1", "--server-heap", "256m").get(0), 150);
    }

    @Test
    void schemaless() throws Exception {
        insertFigure(run(new SmlBench(), "--tables", "5", "--rows", "200", "--batch", "50", "--warmup", "50",
                "--server-heap", "256m").get(0), 200);
    }

    @Test
    void fetch() throws Exception {
        List<Figure> figures = run(new FetchBench(), "--rows", "10000", "--tables", "2", "--warmup", "0", "--runs",
                "1", "--server-heap", "256m");
        assertThat(figures).hasSize(3);
        figures.forEach(f -> assertThat(f.rows()).isEqualTo(10_000));
    }

    @Test
    void queries() throws Exception {
        assertThat(run(new SqlBench(), "--tables", "10", "--rows", "1000", "--batch", "500", "--warmup", "0",
                "--runs", "1")).hasSize(3);
    }
}
