package io.taos4j.server.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.engine.Engine;
import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.ServerInfo;
import io.taos4j.server.engine.Session;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Values;
import io.taos4j.server.sql.SqlError;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the SQL corpus in {@code src/test/resources/corpus/*.sql} against the engine: each statement with its expected
 * affected rows, error (code and exact message) or result (labels, types and values, as TDengine gives them).
 *
 * <p>Format, one record per block separated by blank lines:
 * <pre>
 * statement ok [affected]        # a statement and, optionally, the affected rows it reports
 * &lt;sql lines&gt;
 *
 * statement error 0x2603 Table does not exist
 * &lt;sql lines&gt;
 *
 * query [rowsort]                # rowsort: compare rows as a sorted list (for queries without ORDER BY)
 * &lt;sql lines&gt;
 * ----
 * label TYPE | label TYPE        # column labels and types
 * value | value                  # rows; NULL, TIMESTAMPs as 'YYYY-MM-DD HH:MM:SS.fff' (UTC), bytes as \xHEX
 * </pre>
 * Lines starting with {@code #} are comments. Each file runs in a fresh server, session time zone UTC.
 */
class SqlCorpusTest {
    private static final List<String> FILES = List.of("ddl.sql", "insert.sql", "select.sql", "aggregate.sql",
            "metadata.sql", "errors.sql", "functions.sql", "timeseries.sql", "windows.sql", "interp.sql",
            "joins.sql", "expressions.sql", "writes.sql", "ddl2.sql", "users.sql", "metadata2.sql", "twa.sql", "multirow.sql", "histogram.sql");

    @TestFactory
    Stream<DynamicNode> corpus() {
        return FILES.stream().map(f -> DynamicContainer.dynamicContainer(f, run(f)));
    }

    private Stream<DynamicNode> run(String file) {
        List<Record> records = parse(file);
        Engine engine = new Engine(new ServerInfo("3.3.8.0", System.currentTimeMillis(), ZoneOffset.UTC, "localhost:6030"));
        Session session = new Session("root", null, ZoneOffset.UTC);
        List<DynamicNode> tests = new ArrayList<>();
        for (Record r : records) {
            tests.add(DynamicTest.dynamicTest(file + ":" + r.line() + " " + abbreviate(r.sql()),
                    () -> r.check(engine, session)));
        }
        return tests.stream();
    }

    private static String abbreviate(String sql) {
        String one = sql.replace('\n', ' ');
        return one.length() > 90 ? one.substring(0, 87) + "..." : one;
    }

    /** One corpus entry. */
    private record Record(int line, String kind, String arg, String sql, List<String> expected) {

        void check(Engine engine, Session session) {
            switch (kind) {
                case "statement ok" -> {
                    Result result = execute(engine, session);
                    if (!arg.isEmpty()) {
                        assertThat(result).isInstanceOf(Result.Update.class);
                        assertThat(((Result.Update) result).affectedRows()).as("affected rows")
                                .isEqualTo(Long.parseLong(arg));
                    }
                    if (result instanceof Result.Query q) {
                        q.rows().close();
                    }
                }
                case "statement error" -> {
                    try {
                        Result r = engine.execute(session, sql);
                        if (r instanceof Result.Query q) {
                            drain(q);
                        }
                        fail("expected error " + arg + " but the statement succeeded");
                    } catch (SqlError e) {
                        String got = String.format("0x%04X %s", e.code(), e.getMessage());
                        assertThat(got).isEqualToIgnoringCase(arg.substring(0, 6) + arg.substring(6));
                    }
                }
                case "query", "query rowsort" -> {
                    Result result = execute(engine, session);
                    assertThat(result).as("a result set").isInstanceOf(Result.Query.class);
                    Result.Query q = (Result.Query) result;
                    List<String> actual = new ArrayList<>();
                    List<String> header = new ArrayList<>();
                    for (Field f : q.fields()) {
                        header.add(f.name() + " " + f.type().sqlName());
                    }
                    actual.add(String.join(" | ", header));
                    List<String> rows = drain(q);
                    List<String> want = new ArrayList<>(expected.subList(1, expected.size()));
                    if (kind.equals("query rowsort")) {
                        rows.sort(null);
                        want.sort(null);
                    }
                    actual.addAll(rows);
                    List<String> wanted = new ArrayList<>();
                    wanted.add(expected.get(0));
                    wanted.addAll(want);
                    assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", wanted));
                }
                default -> fail("unknown record kind " + kind);
            }
        }

        private Result execute(Engine engine, Session session) {
            try {
                return engine.execute(session, sql);
            } catch (SqlError e) {
                throw new AssertionError(String.format("0x%04X %s", e.code(), e.getMessage()), e);
            }
        }

        private List<String> drain(Result.Query q) {
            List<String> rows = new ArrayList<>();
            try (var op = q.rows()) {
                Batch b;
                while ((b = op.next()) != null) {
                    for (int r = 0; r < b.rows(); r++) {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < q.fields().size(); c++) {
                            cells.add(render(b.column(c), r, q.fields().get(c), q.precision()));
                        }
                        rows.add(String.join(" | ", cells).stripTrailing());
                    }
                }
            }
            return rows;
        }
    }

    static String render(ColumnVector v, int row, Field f, Precision precision) {
        Object value = Values.get(v, row, f.type());
        if (value == null) {
            return "NULL";
        }
        TaosType t = f.type().type();
        if (t == TaosType.TIMESTAMP) {
            Instant i = precision.toInstant((Long) value);
            String pattern = switch (precision) {
                case MILLISECONDS -> "yyyy-MM-dd HH:mm:ss.SSS";
                case MICROSECONDS -> "yyyy-MM-dd HH:mm:ss.SSSSSS";
                case NANOSECONDS -> "yyyy-MM-dd HH:mm:ss.SSSSSSSSS";
            };
            return DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(i);
        }
        if (value instanceof byte[] b) {
            return "\\x" + HexFormat.of().withUpperCase().formatHex(b);
        }
        if (t == TaosType.UBIGINT) {
            return Long.toUnsignedString((Long) value);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    private static List<Record> parse(String file) {
        String text;
        try (InputStream in = SqlCorpusTest.class.getResourceAsStream("/corpus/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus file " + file);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Record> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                i++;
                continue;
            }
            int start = i + 1;
            String kind;
            String arg;
            if (line.startsWith("statement ok")) {
                kind = "statement ok";
                arg = line.substring("statement ok".length()).strip();
            } else if (line.startsWith("statement error")) {
                kind = "statement error";
                arg = line.substring("statement error".length()).strip();
            } else if (line.startsWith("query")) {
                kind = line.toLowerCase(Locale.ROOT).contains("rowsort") ? "query rowsort" : "query";
                arg = "";
            } else {
                throw new IllegalStateException(file + ":" + start + ": unexpected line: " + line);
            }
            i++;
            StringBuilder sql = new StringBuilder();
            while (i < lines.length && !lines[i].isBlank() && !lines[i].strip().equals("----")) {
                if (sql.length() > 0) {
                    sql.append('\n');
                }
                sql.append(lines[i]);
                i++;
            }
            List<String> expected = new ArrayList<>();
            if (i < lines.length && lines[i].strip().equals("----")) {
                i++;
                while (i < lines.length && !lines[i].isBlank()) {
                    expected.add(lines[i].strip());
                    i++;
                }
            }
            out.add(new Record(start, kind, arg, sql.toString(), expected));
        }
        return out;
    }
}
