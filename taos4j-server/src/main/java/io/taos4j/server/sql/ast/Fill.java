package io.taos4j.server.sql.ast;

import java.util.List;

/**
 * {@code FILL(mode [, value, ...])}; values only for VALUE and VALUE_F.
 */
public record Fill(Span span, FillMode mode, List<Expr> values) {
    public enum FillMode { NONE, NULL, NULL_F, VALUE, VALUE_F, PREV, NEXT, LINEAR, NEAR }

    public Fill {
        values = List.copyOf(values);
    }
}
