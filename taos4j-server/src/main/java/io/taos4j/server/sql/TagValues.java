package io.taos4j.server.sql;

import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Span;

/**
 * Tag values of {@code CREATE TABLE ... USING ... TAGS (...)} and {@code ALTER TABLE ... SET TAG} (TDengine's
 * {@code tags_literal}): a signed number (hexadecimal and binary integers allowed here, unlike in SELECT), a string,
 * a bool, NULL, a {@code now}-like call or a placeholder; numbers, strings and calls may be followed by
 * {@code + duration} or {@code - duration}, which becomes a {@link Expr.Binary}.
 */
final class TagValues {
    private TagValues() {
    }

    static Expr parse(ExprParser p) {
        int start = p.here();
        int token = p.pos;
        Expr value;
        boolean timeArithmetic = true;
        switch (p.peek()) {
            case PLUS, MINUS -> {
                boolean negative = p.at(TokenType.MINUS);
                p.pos++;
                value = number(p, start, p.pos, negative);
            }
            case INTEGER_LITERAL, FLOAT_LITERAL, HEX, BIN -> value = number(p, start, token, false);
            case STRING -> value = p.stringLiteral();
            case BOOL_LITERAL, NULL, QUESTION -> {
                value = p.signedLiteral();
                timeArithmetic = false;
            }
            default -> {
                if (!Functions.isLiteralFunction(p.peek())) {
                    throw p.error();
                }
                value = p.signedLiteral();
            }
        }
        if (timeArithmetic && (p.at(TokenType.PLUS) || p.at(TokenType.MINUS))) {
            Expr.BinaryOp op = p.at(TokenType.PLUS) ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUB;
            p.pos++;
            Expr.DurationLiteral d = p.duration();
            return new Expr.Binary(value.span().to(d.span()), op, value, d);
        }
        return value;
    }

    private static Expr number(ExprParser p, int start, int token, boolean negative) {
        TokenType t = p.typeAt(token);
        p.pos = token + 1;
        Span span = new Span(start, p.lastEnd());
        return switch (t) {
            case INTEGER_LITERAL -> p.intLiteral(span, token, negative);
            case FLOAT_LITERAL -> p.doubleLiteral(span, token, negative);
            case HEX, BIN -> p.radixLiteral(span, token, negative);
            default -> throw p.errorAt(token);
        };
    }
}
