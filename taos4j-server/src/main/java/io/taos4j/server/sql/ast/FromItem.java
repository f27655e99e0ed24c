package io.taos4j.server.sql.ast;

/** A FROM-clause item: a table, a subquery or a join of two items. */
public sealed interface FromItem {
    Span span();

    /** {@code [db.]table [[AS] alias]}; db and alias nullable. */
    record TableRef(Span span, String db, String table, String alias) implements FromItem {
    }

    /** {@code (query) [[AS] alias]}; alias nullable. */
    record SubqueryRef(Span span, Query query, String alias) implements FromItem {
    }

    /** INNER (also plain {@code JOIN}), LEFT, RIGHT, FULL, or COMMA for {@code FROM a, b}. */
    enum JoinType { INNER, LEFT, RIGHT, FULL, COMMA }

    /** The join sub-type keyword: NONE when absent, else OUTER, SEMI, ANTI, ASOF or WINDOW. */
    enum JoinSubtype { NONE, OUTER, SEMI, ANTI, ASOF, WINDOW }

    /**
     * {@code left [type] [subtype] JOIN right [ON on] [WINDOW_OFFSET(start, end)] [JLIMIT n]}, or the comma join.
     * on, windowOffsetStart/End (duration literals, possibly negative) and jlimit are nullable.
     */
    record JoinRef(Span span, JoinType type, JoinSubtype subtype, FromItem left, FromItem right, Expr on,
                   Expr windowOffsetStart, Expr windowOffsetEnd, Long jlimit) implements FromItem {
    }
}
