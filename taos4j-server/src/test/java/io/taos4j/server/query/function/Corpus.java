package io.taos4j.server.query.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.taos4j.server.query.EvalContext;
import io.taos4j.server.sql.SqlError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Table-driven cases written as text: {@code expression | type | values}, values separated by {@code " ; "} (one
 * per row), a value in double quotes when blanks matter; {@code expression | ERR | 0xCODE message} for errors;
 * {@code ## <zone|UTC> <ms|us|ns>} switches the session for the rows below; {@code #} starts a comment.
 */
final class Corpus {
    private Corpus() {
    }

    record Case(String zone, String precision, String expr, String type, String values) {
        @Override
        public String toString() {
            return "[" + zone + " " + precision + "] " + expr;
        }
    }

    static Stream<Arguments> parse(String text) {
        List<Arguments> out = new ArrayList<>();
        String zone = "Etc/UTC";
        String precision = "ms";
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("## ")) {
                String[] p = l.substring(3).strip().split("\\s+");
                zone = p[0].equals("UTC") ? "Etc/UTC" : p[0];
                precision = p[1];
                continue;
            }
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int a = l.indexOf(" | ");
            int b = l.indexOf(" | ", a + 3);
            if (a < 0 || b < 0) {
                throw new IllegalArgumentException("bad corpus line: " + l);
            }
            out.add(Arguments.of(new Case(zone, precision, l.substring(0, a), l.substring(a + 3, b),
                    l.substring(b + 3))));
        }
        return out.stream();
    }

    static void check(Case c) {
        EvalContext ctx = Calls.ctx(c.zone(), c.precision());
        if (c.type().equals("ERR")) {
            String[] codeAndMessage = c.values().split(" ", 2);
            int code = Integer.decode(codeAndMessage[0]);
            assertThatThrownBy(() -> Calls.eval(c.expr(), ctx))
                    .isInstanceOfSatisfying(SqlError.class, e -> {
                        assertThat(e.code()).as("code of %s", e.getMessage()).isEqualTo(code);
                        assertThat(e.getMessage()).isEqualTo(codeAndMessage[1]);
                    });
            return;
        }
        Calls.Result r = Calls.eval(c.expr(), ctx);
        assertThat(r.type().toString()).as("type").isEqualTo(c.type());
        String[] expected = c.values().split(" ; ", -1);
        assertThat(r.values()).as("rows").hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            String e = expected[i].strip();
            if (e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"")) {
                e = e.substring(1, e.length() - 1);
            }
            Object v = r.values().get(i);
            if (v instanceof Float f && !e.equals("NULL")) {
                assertThat(f).as("row %d", i).isEqualTo(Float.parseFloat(e));
            } else if (v instanceof Double d && !e.equals("NULL")) {
                double x = Double.parseDouble(e);
                assertThat(d).as("row %d", i).isCloseTo(x, within(1e-12 * Math.max(1, Math.abs(x))));
            } else {
                assertThat(Calls.render(v, r.type(), ctx.precision())).as("row %d", i).isEqualTo(e);
            }
        }
    }
}
