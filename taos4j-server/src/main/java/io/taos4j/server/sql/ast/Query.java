package io.taos4j.server.sql.ast;

import java.util.List;

/**
 * A query: a SELECT or a UNION [ALL] of queries. A parenthesised query is the inner query itself.
 * {@code ORDER BY}, {@code SLIMIT} and {@code LIMIT} belong to the SELECT they follow, or to the UNION when they
 * follow one.
 */
public sealed interface Query extends Statement permits Query.Select, Query.SetOperation {
    List<OrderItem> orderBy();

    /** Nullable. */
    Limit slimit();

    /** Nullable. */
    Limit limit();

    /**
     * {@code SELECT [hints] [DISTINCT] [TAGS] items [FROM ..] [WHERE ..] [PARTITION BY ..] [RANGE(..)] [EVERY(..)]
     * [FILL(..)] [window] [GROUP BY ..] [HAVING ..] [ORDER BY ..] [SLIMIT ..] [LIMIT ..]}. from, where, window,
     * interp, fill, having, slimit and limit are nullable; fill is the INTERVAL's or INTERP's FILL.
     */
    record Select(Span span, boolean distinct, boolean tagsKeyword, List<SelectItem> items, FromItem from,
                  Expr where, List<PartitionItem> partitionBy, Window window, Interp interp, Fill fill,
                  List<Expr> groupBy, Expr having, List<OrderItem> orderBy, Limit slimit, Limit limit,
                  List<Hint> hints) implements Query {
        public Select {
            items = List.copyOf(items);
            partitionBy = List.copyOf(partitionBy);
            groupBy = List.copyOf(groupBy);
            orderBy = List.copyOf(orderBy);
            hints = List.copyOf(hints);
        }
    }

    /** {@code left UNION [ALL] right}, left-associative; slimit and limit nullable. */
    record SetOperation(Span span, Query left, Query right, boolean all, List<OrderItem> orderBy, Limit slimit,
                        Limit limit) implements Query {
        public SetOperation {
            orderBy = List.copyOf(orderBy);
        }
    }
}
