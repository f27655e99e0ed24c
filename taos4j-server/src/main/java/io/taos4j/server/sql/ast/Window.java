package io.taos4j.server.sql.ast;

import java.util.List;

/** A window clause of a SELECT (tdengine-sql.md §6.7). FILL is held by the SELECT, not by the window. */
public sealed interface Window {
    Span span();

    /**
     * {@code INTERVAL(length [, offset | , AUTO]) [SLIDING(sliding)]}. length, offset and sliding are each a
     * {@link Expr.DurationLiteral}, an {@link Expr.IntLiteral} (precision ticks) or an {@link Expr.StringLiteral}
     * ({@code '1s'}); offset and sliding nullable.
     */
    record Interval(Span span, Expr length, Expr offset, boolean autoOffset, Expr sliding) implements Window {
    }

    /** {@code SESSION(ts, gap)}; ts is a {@link Expr.ColumnRef}, gap a duration-like literal as in INTERVAL. */
    record SessionWindow(Span span, Expr ts, Expr gap) implements Window {
    }

    /** {@code STATE_WINDOW(expr [, extend]) [TRUE_FOR(duration)]}; extend and trueFor nullable. */
    record StateWindow(Span span, Expr expr, Expr extend, Expr trueFor) implements Window {
    }

    /** {@code EVENT_WINDOW START WITH start END WITH end [TRUE_FOR(duration)]}; trueFor nullable. */
    record EventWindow(Span span, Expr start, Expr end, Expr trueFor) implements Window {
    }

    /** {@code COUNT_WINDOW(count [, sliding] [, column, ...])}; sliding null when absent. */
    record CountWindow(Span span, long count, Long sliding, List<Expr> columns) implements Window {
        public CountWindow {
            columns = List.copyOf(columns);
        }
    }
}
