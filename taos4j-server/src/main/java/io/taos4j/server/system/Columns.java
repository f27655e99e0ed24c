package io.taos4j.server.system;

import io.taos4j.protocol.TaosType;
import io.taos4j.server.query.Field;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Column lists written the way tdengine-sql.md §12.4 lists them: {@code "name VARCHAR(64), create_time TIMESTAMP,
 * replica TINYINT"}. Keeps the table definitions short and easy to compare with the specification.
 */
final class Columns {
    private Columns() {
    }

    /**
     * Parses a comma-separated list of {@code <name> <type>}; types are TDengine's names ({@code INT UNSIGNED},
     * {@code VARCHAR(n)}, {@code NCHAR(n)}, {@code TIMESTAMP}, ...).
     *
     * @throws IllegalArgumentException on an unknown type
     */
    static List<Field> parse(String spec) {
        List<Field> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.strip();
            int space = p.indexOf(' ');
            out.add(Field.of(p.substring(0, space), type(p.substring(space + 1).strip())));
        }
        return List.copyOf(out);
    }

    static DataType type(String text) {
        int paren = text.indexOf('(');
        String name = paren < 0 ? text : text.substring(0, paren);
        for (TaosType t : TaosType.values()) {
            if (!t.sqlName().equals(name) || t == TaosType.DECIMAL64 || t == TaosType.NULL) {
                continue;
            }
            if (paren < 0) {
                return DataType.of(t, t.fixedSize());
            }
            int length = Integer.parseInt(text.substring(paren + 1, text.length() - 1));
            return DataType.of(t, length);
        }
        throw new IllegalArgumentException("unknown type " + text);
    }
}
