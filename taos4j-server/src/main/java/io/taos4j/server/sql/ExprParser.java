package io.taos4j.server.sql;

import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Expr.Between;
import io.taos4j.server.sql.ast.Expr.Binary;
import io.taos4j.server.sql.ast.Expr.BinaryOp;
import io.taos4j.server.sql.ast.Expr.InList;
import io.taos4j.server.sql.ast.Expr.IsNull;
import io.taos4j.server.sql.ast.Expr.Unary;
import io.taos4j.server.sql.ast.Expr.UnaryOp;
import io.taos4j.server.sql.ast.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions, following the two levels of TDengine's grammar ({@code sql.y}): value expressions
 * ({@code expression}: literals, columns, calls, CASE, arithmetic, bit operators, {@code ->}) and conditions
 * ({@code boolean_value_expression}: comparisons, LIKE/MATCH/CONTAINS, [NOT] IN/BETWEEN, IS [NOT] NULL, combined with
 * NOT, AND, OR). A condition is not a value: {@code (a = 1) + 1}, {@code v AND w} and {@code f(a > 1)} are syntax
 * errors, as in TDengine. Binary precedence, lowest first: {@code & |}, {@code + -}, {@code * / %}; then unary
 * {@code + -}, then {@code ->}. Comparisons do not chain.
 */
abstract class ExprParser extends ParserBase {
    ExprParser(String folded) {
        super(folded);
    }

    /** TDengine's {@code common_expression}: a value expression or a condition. */
    final Expr condition() {
        Expr left = andCondition();
        while (at(TokenType.OR)) {
            left = logical(BinaryOp.OR, left);
        }
        return left;
    }

    /** TDengine's {@code expr_or_subquery}: a value expression only. */
    final Expr value() {
        return binary(1, false);
    }

    private Expr andCondition() {
        Expr left = notCondition();
        while (at(TokenType.AND)) {
            left = logical(BinaryOp.AND, left);
        }
        return left;
    }

    private Expr logical(BinaryOp op, Expr left) {
        if (!isCondition(left)) {
            throw error();
        }
        pos++;
        Expr right = op == BinaryOp.OR ? andCondition() : notCondition();
        if (!isCondition(right)) {
            throw error();
        }
        return new Binary(left.span().to(right.span()), op, left, right);
    }

    private Expr notCondition() {
        if (!at(TokenType.NOT)) {
            return predicate();
        }
        int start = here();
        pos++;
        Expr operand = predicate();
        if (!isCondition(operand)) {
            throw error();
        }
        return new Unary(new Span(start, operand.span().end()), UnaryOp.NOT, operand);
    }

    private Expr predicate() {
        Expr left = binary(1, true);
        if (isCondition(left)) {
            return left;
        }
        TokenType t = peek();
        BinaryOp op = comparison(t);
        if (op != null) {
            pos++;
            return compare(op, left);
        }
        switch (t) {
            case NOT -> {
                TokenType next = peek(1);
                if (next == TokenType.LIKE || next == TokenType.REGEXP) {
                    pos += 2;
                    return compare(next == TokenType.LIKE ? BinaryOp.NOT_LIKE : BinaryOp.NMATCH, left);
                }
                if (next == TokenType.IN) {
                    pos += 2;
                    return inList(left, true);
                }
                if (next == TokenType.BETWEEN) {
                    pos += 2;
                    return between(left, true);
                }
                return left;
            }
            case IN -> {
                pos++;
                return inList(left, false);
            }
            case BETWEEN -> {
                pos++;
                return between(left, false);
            }
            case IS -> {
                pos++;
                boolean not = accept(TokenType.NOT);
                expect(TokenType.NULL);
                return new IsNull(spanFrom(left.span().start()), left, not);
            }
            default -> {
                return left;
            }
        }
    }

    private static BinaryOp comparison(TokenType t) {
        return switch (t) {
            case EQ -> BinaryOp.EQ;
            case NE -> BinaryOp.NE;
            case LT -> BinaryOp.LT;
            case LE -> BinaryOp.LE;
            case GT -> BinaryOp.GT;
            case GE -> BinaryOp.GE;
            case LIKE -> BinaryOp.LIKE;
            case MATCH, REGEXP -> BinaryOp.MATCH;
            case NMATCH -> BinaryOp.NMATCH;
            case CONTAINS -> BinaryOp.CONTAINS;
            default -> null;
        };
    }

    private Expr compare(BinaryOp op, Expr left) {
        Expr right = operand();
        return new Binary(left.span().to(right.span()), op, left, right);
    }

    /** A value operand of an operator; a parenthesised condition there is an error. */
    private Expr operand() {
        int token = pos;
        Expr e = binary(1, false);
        if (isCondition(e)) {
            throw errorAt(token);
        }
        return e;
    }

    private Expr between(Expr left, boolean not) {
        Expr low = operand();
        expect(TokenType.AND);
        Expr high = operand();
        return new Between(left.span().to(high.span()), left, low, high, not);
    }

    private Expr inList(Expr left, boolean not) {
        expect(TokenType.LP);
        List<Expr> values = new ArrayList<>();
        do {
            values.add(signedLiteral());
        } while (accept(TokenType.COMMA));
        expect(TokenType.RP);
        return new InList(spanFrom(left.span().start()), left, values, not);
    }

    /** True for the nodes TDengine's grammar treats as conditions rather than values. */
    static boolean isCondition(Expr e) {
        if (e instanceof Binary b) {
            return b.op().isPredicate();
        }
        return e instanceof Between || e instanceof InList || e instanceof IsNull
                || (e instanceof Unary u && u.op() == UnaryOp.NOT);
    }

    // ---- value expressions -------------------------------------------------------------------------------------

    private static int precedence(TokenType t) {
        return switch (t) {
            case BITAND, BITOR -> 1;
            case PLUS, MINUS -> 2;
            case STAR, SLASH, REM -> 3;
            default -> 0;
        };
    }

    private static BinaryOp arithmetic(TokenType t) {
        return switch (t) {
            case BITAND -> BinaryOp.BIT_AND;
            case BITOR -> BinaryOp.BIT_OR;
            case PLUS -> BinaryOp.ADD;
            case MINUS -> BinaryOp.SUB;
            case STAR -> BinaryOp.MUL;
            case SLASH -> BinaryOp.DIV;
            default -> BinaryOp.MOD;
        };
    }

    /** Precedence climbing; same-level chains loop, so long flat expressions do not deepen the stack. */
    private Expr binary(int minPrecedence, boolean conditionInParens) {
        Expr left = unary(conditionInParens);
        while (!isCondition(left)) {
            int p = precedence(peek());
            if (p == 0 || p < minPrecedence) {
                break;
            }
            BinaryOp op = arithmetic(peek());
            pos++;
            int token = pos;
            Expr right = binary(p + 1, false);
            if (isCondition(right)) {
                throw errorAt(token);
            }
            left = new Binary(left.span().to(right.span()), op, left, right);
        }
        return left;
    }

    private Expr unary(boolean conditionInParens) {
        TokenType t = peek();
        if (t != TokenType.PLUS && t != TokenType.MINUS) {
            return primary(conditionInParens);
        }
        int start = here();
        TokenType next = peek(1);
        if (t == TokenType.MINUS && (next == TokenType.INTEGER_LITERAL || next == TokenType.FLOAT_LITERAL)) {
            int token = pos + 1;
            pos += 2;
            Span span = spanFrom(start);
            return next == TokenType.INTEGER_LITERAL ? intLiteral(span, token, true) : doubleLiteral(span, token, true);
        }
        pos++;
        enter();
        int token = pos;
        Expr operand = unary(false);
        leave();
        if (isCondition(operand)) {
            throw errorAt(token);
        }
        Span span = new Span(start, operand.span().end());
        return t == TokenType.PLUS ? operand.withSpan(span) : new Unary(span, UnaryOp.NEG, operand);
    }

    private Expr primary(boolean conditionInParens) {
        int token = pos;
        TokenType t = peek();
        switch (t) {
            case INTEGER_LITERAL -> {
                pos++;
                return intLiteral(tokenSpan(token), token, false);
            }
            case FLOAT_LITERAL -> {
                pos++;
                return doubleLiteral(tokenSpan(token), token, false);
            }
            case STRING -> {
                pos++;
                return new Expr.StringLiteral(tokenSpan(token), stringValue(token));
            }
            case BOOL_LITERAL -> {
                pos++;
                return new Expr.BoolLiteral(tokenSpan(token), text.charAt(lx.start(token)) == 't');
            }
            case NULL -> {
                pos++;
                return new Expr.NullLiteral(tokenSpan(token));
            }
            case DURATION_LITERAL -> {
                pos++;
                return durationLiteral(token);
            }
            case QUESTION -> {
                pos++;
                return new Expr.Placeholder(tokenSpan(token), lx.placeholderIndex(token));
            }
            case TIMESTAMP -> {
                pos++;
                int literal = expect(TokenType.STRING);
                return new Expr.TimestampLiteral(spanFrom(lx.start(token)), stringValue(literal));
            }
            case LP -> {
                return parenthesized(conditionInParens);
            }
            case IDENTIFIER, QUOTED_IDENTIFIER, ALIAS -> {
                return nameExpression();
            }
            default -> {
                if (isPseudoColumn(t)) {
                    pos++;
                    return new Expr.PseudoColumn(tokenSpan(token), null, t.text());
                }
                enter();
                Expr e = Functions.parse(this, t);
                leave();
                return e;
            }
        }
    }

    private Expr parenthesized(boolean conditionInParens) {
        int start = here();
        pos++;
        enter();
        Expr inner = conditionInParens ? condition() : binary(1, false);
        expect(TokenType.RP);
        leave();
        return inner.withSpan(spanFrom(start));
    }

    /** A column reference {@code [t.]c}, {@code t.tbname}, {@code c->'key'} or a call {@code f(args)}. */
    private Expr nameExpression() {
        int token = pos;
        TokenType t = peek();
        if (t != TokenType.ALIAS && peek(1) == TokenType.LP) {
            enter();
            Expr call = Functions.call(this, nameOf(token));
            leave();
            return call;
        }
        String qualifier = null;
        if (t != TokenType.ALIAS && peek(1) == TokenType.DOT) {
            qualifier = name(MAX_TABLE_NAME);
            pos++;
            if (at(TokenType.TBNAME)) {
                pos++;
                return new Expr.PseudoColumn(spanFrom(lx.start(token)), qualifier, "tbname");
            }
        }
        int nameToken = pos;
        TokenType nt = peek();
        if (nt != TokenType.IDENTIFIER && nt != TokenType.QUOTED_IDENTIFIER && nt != TokenType.ALIAS) {
            throw error();
        }
        pos++;
        String name = nt == TokenType.ALIAS ? tokenText(nameToken) : nameOf(nameToken);
        checkLength(nameToken, name, MAX_COLUMN_NAME);
        Expr column = new Expr.ColumnRef(spanFrom(lx.start(token)), qualifier, name);
        if (at(TokenType.ARROW)) {
            pos++;
            Expr.StringLiteral key = stringLiteral();
            return new Binary(column.span().to(key.span()), BinaryOp.JSON_GET, column, key);
        }
        return column;
    }

    /** TDengine's {@code column_reference}: {@code [table.]column}, nothing else. */
    final Expr.ColumnRef columnReference() {
        int start = here();
        String qualifier = null;
        if (atName() && peek(1) == TokenType.DOT) {
            qualifier = name(MAX_TABLE_NAME);
            pos++;
        }
        int token = pos;
        TokenType t = peek();
        if (t != TokenType.IDENTIFIER && t != TokenType.QUOTED_IDENTIFIER && t != TokenType.ALIAS) {
            throw error();
        }
        pos++;
        String name = t == TokenType.ALIAS ? tokenText(token) : nameOf(token);
        checkLength(token, name, MAX_COLUMN_NAME);
        return new Expr.ColumnRef(spanFrom(start), qualifier, name);
    }

    static boolean isPseudoColumn(TokenType t) {
        return switch (t) {
            case TBNAME, _C0, _ROWTS, _QSTART, _QEND, _QDURATION, _WSTART, _WEND, _WDURATION, _IROWTS,
                 _IROWTS_ORIGIN, _ISFILLED, _TAGS, _FLOW, _FHIGH, _FROWTS, _TCURRENT_TS, _TGRPID, _TWDURATION,
                 _TWEND, _TWLOCALTIME, _TWROWNUM, _TWSTART -> true;
            default -> false;
        };
    }

    /**
     * TDengine's {@code signed_literal}: a literal with an optional sign on numbers, {@code TIMESTAMP '...'}, a
     * duration, NULL, {@code now}/{@code today}/no-argument calls, or {@code ?}. Used by IN lists.
     */
    final Expr signedLiteral() {
        int token = pos;
        TokenType t = peek();
        switch (t) {
            case PLUS, MINUS -> {
                TokenType next = peek(1);
                if (next != TokenType.INTEGER_LITERAL && next != TokenType.FLOAT_LITERAL) {
                    throw errorAt(pos + 1);
                }
                pos += 2;
                Span span = spanFrom(lx.start(token));
                boolean negative = t == TokenType.MINUS;
                return next == TokenType.INTEGER_LITERAL ? intLiteral(span, token + 1, negative)
                        : doubleLiteral(span, token + 1, negative);
            }
            case INTEGER_LITERAL, FLOAT_LITERAL, STRING, BOOL_LITERAL, NULL, DURATION_LITERAL, QUESTION, TIMESTAMP -> {
                return primary(false);
            }
            default -> {
                if (Functions.isLiteralFunction(t)) {
                    return Functions.parse(this, t);
                }
                throw error();
            }
        }
    }

    /** Comma-separated value expressions (TDengine's {@code expression_list}), at least one. */
    final List<Expr> values() {
        List<Expr> list = new ArrayList<>();
        do {
            list.add(value());
        } while (accept(TokenType.COMMA));
        return list;
    }
}
