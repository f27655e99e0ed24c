package io.taos4j.server.sql;

import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Fill;
import io.taos4j.server.sql.ast.FromItem;
import io.taos4j.server.sql.ast.FromItem.JoinRef;
import io.taos4j.server.sql.ast.FromItem.JoinSubtype;
import io.taos4j.server.sql.ast.FromItem.JoinType;
import io.taos4j.server.sql.ast.Hint;
import io.taos4j.server.sql.ast.Interp;
import io.taos4j.server.sql.ast.Limit;
import io.taos4j.server.sql.ast.OrderItem;
import io.taos4j.server.sql.ast.PartitionItem;
import io.taos4j.server.sql.ast.Query;
import io.taos4j.server.sql.ast.Query.Select;
import io.taos4j.server.sql.ast.Query.SetOperation;
import io.taos4j.server.sql.ast.SelectItem;
import io.taos4j.server.sql.ast.Span;
import io.taos4j.server.sql.ast.Window;
import java.util.ArrayList;
import java.util.List;

/**
 * Queries: SELECT with all its clauses, UNION [ALL], parenthesised queries, FROM lists and joins
 * (TDengine's {@code query_or_subquery}, tdengine-sql.md §6).
 */
abstract class QueryParser extends ExprParser {
    QueryParser(String folded) {
        super(folded);
    }

    /**
     * TDengine's {@code query_or_subquery}: a SELECT or UNION with its trailing ORDER BY / SLIMIT / LIMIT, or a
     * parenthesised query on its own (which then takes no trailing clauses).
     */
    final Query query() {
        int start = here();
        boolean parenthesised = at(TokenType.LP);
        Query q = parenthesised ? subquery() : select();
        boolean union = false;
        while (at(TokenType.UNION)) {
            pos++;
            boolean all = accept(TokenType.ALL);
            Query right = at(TokenType.LP) ? subquery() : select();
            q = new SetOperation(spanFrom(start), q, right, all, List.of(), null, null);
            union = true;
        }
        if (parenthesised && !union) {
            return q;
        }
        return orderAndLimits(q, start);
    }

    /** {@code ( query )}, nested parentheses allowed. */
    final Query subquery() {
        expect(TokenType.LP);
        enter();
        Query q = query();
        expect(TokenType.RP);
        leave();
        return q;
    }

    private Query orderAndLimits(Query q, int start) {
        List<OrderItem> orderBy = List.of();
        if (at(TokenType.ORDER)) {
            pos++;
            expect(TokenType.BY);
            orderBy = new ArrayList<>();
            do {
                orderBy.add(orderItem());
            } while (accept(TokenType.COMMA));
        }
        Limit slimit = limit(TokenType.SLIMIT, TokenType.SOFFSET);
        Limit limit = limit(TokenType.LIMIT, TokenType.OFFSET);
        if (orderBy.isEmpty() && slimit == null && limit == null) {
            return q;
        }
        Span span = spanFrom(start);
        if (q instanceof Select s) {
            return new Select(span, s.distinct(), s.tagsKeyword(), s.items(), s.from(), s.where(), s.partitionBy(),
                    s.window(), s.interp(), s.fill(), s.groupBy(), s.having(), orderBy, slimit, limit, s.hints());
        }
        SetOperation u = (SetOperation) q;
        return new SetOperation(span, u.left(), u.right(), u.all(), orderBy, slimit, limit);
    }

    private OrderItem orderItem() {
        Expr e = value();
        boolean ascending = true;
        if (accept(TokenType.DESC)) {
            ascending = false;
        } else {
            accept(TokenType.ASC);
        }
        Boolean nullsFirst = null;
        if (accept(TokenType.NULLS)) {
            if (accept(TokenType.FIRST)) {
                nullsFirst = true;
            } else {
                expect(TokenType.LAST);
                nullsFirst = false;
            }
        }
        return new OrderItem(e, ascending, nullsFirst);
    }

    /** {@code LIMIT n [OFFSET m]} or {@code LIMIT m, n} (likewise SLIMIT/SOFFSET); null when absent. */
    private Limit limit(TokenType keyword, TokenType offsetKeyword) {
        if (!accept(keyword)) {
            return null;
        }
        long first = integer();
        if (accept(offsetKeyword)) {
            return new Limit(first, integer());
        }
        if (accept(TokenType.COMMA)) {
            return new Limit(integer(), first);
        }
        return new Limit(first, 0);
    }

    /** TDengine's {@code query_specification}: a SELECT without ORDER BY / LIMIT. */
    private Select select() {
        int start = here();
        expect(TokenType.SELECT);
        List<Hint> hints = at(TokenType.HINT) ? Hints.parse(text, lx.start(pos), lx.end(pos++)) : List.of();
        boolean distinct = accept(TokenType.DISTINCT);
        if (!distinct) {
            accept(TokenType.ALL);
        }
        boolean tags = accept(TokenType.TAGS);
        List<SelectItem> items = new ArrayList<>();
        do {
            items.add(selectItem());
        } while (accept(TokenType.COMMA));
        FromItem from = accept(TokenType.FROM) ? fromList() : null;
        Expr where = accept(TokenType.WHERE) ? condition() : null;
        List<PartitionItem> partitionBy = List.of();
        if (accept(TokenType.PARTITION)) {
            expect(TokenType.BY);
            partitionBy = new ArrayList<>();
            do {
                Expr e = value();
                partitionBy.add(new PartitionItem(e, optionalAlias()));
            } while (accept(TokenType.COMMA));
        }
        Interp interp = interp();
        Fill fill = at(TokenType.FILL) ? fill(interp != null) : null;
        Window window = Windows.parse(this);
        if (window instanceof Window.Interval && at(TokenType.FILL)) {
            if (fill != null) {
                throw error();
            }
            fill = fill(false);
        }
        List<Expr> groupBy = List.of();
        if (accept(TokenType.GROUP)) {
            expect(TokenType.BY);
            groupBy = values();
        }
        Expr having = accept(TokenType.HAVING) ? condition() : null;
        return new Select(spanFrom(start), distinct, tags, items, from, where, partitionBy, window, interp, fill,
                groupBy, having, List.of(), null, null, hints);
    }

    private SelectItem selectItem() {
        int start = here();
        if (at(TokenType.STAR)) {
            pos++;
            return new SelectItem(spanFrom(start), new Expr.Star(spanFrom(start), null), null);
        }
        if (atName() && peek(1) == TokenType.DOT && peek(2) == TokenType.STAR) {
            String qualifier = name(MAX_TABLE_NAME);
            pos += 2;
            return new SelectItem(spanFrom(start), new Expr.Star(spanFrom(start), qualifier), null);
        }
        Expr e = condition();
        String alias = optionalAlias();
        return new SelectItem(spanFrom(start), e, alias);
    }

    /** {@code [AS] alias} after an expression; null when absent. */
    final String optionalAlias() {
        if (accept(TokenType.AS)) {
            return Functions.alias(this);
        }
        if (atName() || at(TokenType.ALIAS)) {
            return Functions.alias(this);
        }
        return null;
    }

    /** {@code RANGE(start [, end [, around]])} and {@code EVERY(duration)}; null when both are absent. */
    private Interp interp() {
        if (!at(TokenType.RANGE) && !at(TokenType.EVERY)) {
            return null;
        }
        int start = here();
        Expr rangeStart = null;
        Expr rangeEnd = null;
        Expr around = null;
        if (accept(TokenType.RANGE)) {
            expect(TokenType.LP);
            rangeStart = value();
            if (accept(TokenType.COMMA)) {
                rangeEnd = value();
                if (accept(TokenType.COMMA)) {
                    around = value();
                }
            }
            expect(TokenType.RP);
        }
        Expr every = null;
        if (accept(TokenType.EVERY)) {
            expect(TokenType.LP);
            every = duration();
            expect(TokenType.RP);
        }
        return new Interp(spanFrom(start), rangeStart, rangeEnd, around, every);
    }

    /**
     * {@code FILL(mode)} or {@code FILL(VALUE|VALUE_F, v, ...)}; after INTERP's RANGE also
     * {@code FILL(PREV|NEXT|NEAR, v, ...)}, the values for {@code RANGE(t, around)} points with no row around.
     */
    final Fill fill(boolean interp) {
        int start = here();
        expect(TokenType.FILL);
        expect(TokenType.LP);
        Fill.FillMode mode = switch (peek()) {
            case NONE -> Fill.FillMode.NONE;
            case NULL -> Fill.FillMode.NULL;
            case NULL_F -> Fill.FillMode.NULL_F;
            case VALUE -> Fill.FillMode.VALUE;
            case VALUE_F -> Fill.FillMode.VALUE_F;
            case PREV -> Fill.FillMode.PREV;
            case NEXT -> Fill.FillMode.NEXT;
            case LINEAR -> Fill.FillMode.LINEAR;
            case NEAR -> Fill.FillMode.NEAR;
            default -> throw error();
        };
        pos++;
        List<Expr> values = List.of();
        if (mode == Fill.FillMode.VALUE || mode == Fill.FillMode.VALUE_F) {
            expect(TokenType.COMMA);
            values = values();
        } else if (interp && (mode == Fill.FillMode.PREV || mode == Fill.FillMode.NEXT
                || mode == Fill.FillMode.NEAR) && accept(TokenType.COMMA)) {
            values = values();
        }
        expect(TokenType.RP);
        return new Fill(spanFrom(start), mode, values);
    }

    // ---- FROM --------------------------------------------------------------------------------------------------

    /** {@code table_reference [, table_reference ...]}. */
    private FromItem fromList() {
        int start = here();
        FromItem left = tableReference();
        while (accept(TokenType.COMMA)) {
            FromItem right = tableReference();
            left = new JoinRef(spanFrom(start), JoinType.COMMA, JoinSubtype.NONE, left, right, null, null, null,
                    null);
        }
        return left;
    }

    /** A table primary followed by any number of joins. */
    private FromItem tableReference() {
        int start = here();
        FromItem left = tablePrimary();
        while (atJoin()) {
            JoinType type = switch (peek()) {
                case LEFT -> JoinType.LEFT;
                case RIGHT -> JoinType.RIGHT;
                case FULL -> JoinType.FULL;
                default -> JoinType.INNER;
            };
            if (at(TokenType.INNER) || type != JoinType.INNER) {
                pos++;
            }
            JoinSubtype subtype = switch (peek()) {
                case OUTER -> JoinSubtype.OUTER;
                case SEMI -> JoinSubtype.SEMI;
                case ANTI -> JoinSubtype.ANTI;
                case ASOF -> JoinSubtype.ASOF;
                case WINDOW -> JoinSubtype.WINDOW;
                default -> JoinSubtype.NONE;
            };
            if (subtype != JoinSubtype.NONE) {
                pos++;
            }
            expect(TokenType.JOIN);
            FromItem right = tablePrimary();
            Expr on = accept(TokenType.ON) ? condition() : null;
            Expr offsetStart = null;
            Expr offsetEnd = null;
            if (accept(TokenType.WINDOW_OFFSET)) {
                expect(TokenType.LP);
                offsetStart = windowOffset();
                expect(TokenType.COMMA);
                offsetEnd = windowOffset();
                expect(TokenType.RP);
            }
            Long jlimit = accept(TokenType.JLIMIT) ? integer() : null;
            left = new JoinRef(spanFrom(start), type, subtype, left, right, on, offsetStart, offsetEnd, jlimit);
        }
        return left;
    }

    private boolean atJoin() {
        return switch (peek()) {
            case JOIN, INNER, LEFT, RIGHT, FULL, OUTER, SEMI, ANTI, ASOF, WINDOW -> true;
            default -> false;
        };
    }

    /** {@code [-]duration} of WINDOW_OFFSET. */
    private Expr windowOffset() {
        int start = here();
        if (accept(TokenType.MINUS)) {
            Expr.DurationLiteral d = duration();
            return new Expr.Unary(spanFrom(start), Expr.UnaryOp.NEG, d);
        }
        return duration();
    }

    private FromItem tablePrimary() {
        int start = here();
        if (at(TokenType.LP)) {
            int k = pos;
            while (lx.type(k) == TokenType.LP) {
                k++;
            }
            if (lx.type(k) == TokenType.SELECT) {
                Query q = subquery();
                String alias = tableAlias();
                return new FromItem.SubqueryRef(spanFrom(start), q, alias);
            }
            pos++;
            enter();
            FromItem inner = tableReference();
            if (!(inner instanceof JoinRef)) {
                throw error();
            }
            expect(TokenType.RP);
            leave();
            return inner;
        }
        String db = null;
        if (atName() && peek(1) == TokenType.DOT) {
            db = dbName();
            pos++;
        }
        String table = name(MAX_TABLE_NAME);
        String alias = tableAlias();
        return new FromItem.TableRef(spanFrom(start), db, table, alias);
    }

    /** {@code [AS] alias} after a table; null when absent. */
    private String tableAlias() {
        if (accept(TokenType.AS) || atName()) {
            return name(MAX_TABLE_NAME);
        }
        return null;
    }
}
